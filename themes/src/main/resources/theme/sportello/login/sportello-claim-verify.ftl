<#-- Account claiming, step 1: customer code, tax ID, the number of a recent invoice (proof of possession, per configuration) and, per configuration, name and phone. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloClaimVerifyTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "sportello-pow.ftl" as pow>
<@layout.registrationLayout displayInfo=true displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloClaimVerifyTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('customerCode','taxId','invoiceNumber','name','phone')/>
        <p id="sportello-claim-intro" class="${properties.kcContentWrapperClass!}">${msg("sportelloClaimVerifyIntro")}</p>
        <form id="sportello-claim-verify" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <@field.input name="customerCode" label=msg("sportelloClaimCustomerCode") value=(customerCode!'') autofocus=true autocomplete="off" required=true describedBy="sportello-claim-code-help" />
            <figure id="sportello-claim-code-help" class="sportello-claim-help">
                <img src="${url.resourcesPath}/img/invoice-customer-code.svg" alt="" width="240" height="150"/>
                <figcaption>${msg("sportelloClaimCustomerCodeHelp")}</figcaption>
            </figure>
            <@field.input name="taxId" label=msg("sportelloClaimTaxId") autocomplete="off" required=true describedBy="sportello-claim-tax-id-hint" />
            <p id="sportello-claim-tax-id-hint" class="sportello-claim-hint">${msg("sportelloClaimTaxIdHelp")}</p>
            <#if askInvoiceNumber?? && askInvoiceNumber>
                <@field.input name="invoiceNumber" label=msg("sportelloClaimInvoiceNumber") autocomplete="off" required=true describedBy="sportello-claim-invoice-help" />
                <figure id="sportello-claim-invoice-help" class="sportello-claim-help">
                    <img src="${url.resourcesPath}/img/invoice-number.svg" alt="" width="240" height="150"/>
                    <figcaption>${msg("sportelloClaimInvoiceNumberHelp")}</figcaption>
                </figure>
            </#if>
            <#if askName?? && askName>
                <@field.input name="name" label=msg("sportelloClaimName") value=(name!'') autocomplete="family-name" />
            </#if>
            <#if askPhone?? && askPhone>
                <@field.input name="phone" label=msg("sportelloClaimPhone") value=(phone!'') autocomplete="tel" />
            </#if>
            <@pow.fields challenge=(sportelloPow!"") />
            <@buttons.actionGroup>
                <@buttons.button id="sportello-claim-continue" label="sportelloClaimContinue" />
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <@page.haveAccess/>
    </#if>
</@layout.registrationLayout>
