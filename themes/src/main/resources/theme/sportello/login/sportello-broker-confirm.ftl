<#-- First broker login (BrokerLinkAuthenticator): the one customer file of the tax ID the identity provider asserted, no portal access yet. The claim's summary and masks. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloBrokerConfirmTitle"/>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("sportelloBrokerConfirmTitle")}
    <#elseif section = "form">
        <p id="sportello-broker-confirm-intro">${msg("sportelloBrokerConfirmIntro")}</p>
        <dl id="sportello-broker-summary" class="pf-v5-c-description-list pf-m-horizontal">
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("sportelloClaimCustomerCode")}</dt>
                <dd class="pf-v5-c-description-list__description" id="sportello-broker-summary-code">${claimCustomerCode}</dd>
            </div>
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term"><#if claimCompany>${msg("sportelloClaimCompanyName")}<#else>${msg("sportelloClaimPersonName")}</#if></dt>
                <dd class="pf-v5-c-description-list__description" id="sportello-broker-summary-name">${claimCustomerName!''}</dd>
            </div>
            <#if claimAddress??>
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("sportelloClaimAddress")}</dt>
                <dd class="pf-v5-c-description-list__description" id="sportello-broker-summary-address">${claimAddress}</dd>
            </div>
            </#if>
        </dl>
        <#if brokerEmailOfRecord??>
            <p id="sportello-broker-confirm-notice">${msg("sportelloBrokerConfirmNotice", brokerEmailOfRecord)}</p>
        </#if>
        <form id="sportello-broker-confirm" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="sportello-broker-confirm-yes" name="confirm" label="sportelloBrokerConfirmYes" />
                <@buttons.button id="sportello-broker-confirm-no" name="cancel" type="secondary" label="sportelloBrokerConfirmNo" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
