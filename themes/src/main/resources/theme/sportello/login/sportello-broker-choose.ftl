<#-- First broker login (BrokerLinkAuthenticator): several customer files share the asserted tax ID; the customer code (on every bill) tells which one. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloBrokerChooseTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloBrokerChooseTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('customerCode')/>
        <p id="sportello-broker-choose-intro" class="${properties.kcContentWrapperClass!}">${msg("sportelloBrokerChooseIntro")}</p>
        <form id="sportello-broker-choose" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <@field.input name="customerCode" label=msg("sportelloClaimCustomerCode") autofocus=true autocomplete="off" required=true describedBy="sportello-broker-code-help" />
            <p id="sportello-broker-code-help" class="sportello-claim-hint">${msg("sportelloClaimCustomerCodeHelp")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="sportello-broker-choose-continue" label="sportelloBrokerChooseSubmit" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
