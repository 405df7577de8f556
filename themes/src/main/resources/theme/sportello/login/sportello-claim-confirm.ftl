<#-- Account claiming, step 2: is this you? -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloClaimVerifyTitle"/>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayInfo=true; section>
    <#if section = "header">
        ${msg("sportelloClaimConfirmTitle")}
    <#elseif section = "form">
        <p id="sportello-claim-confirm-intro">${msg("sportelloClaimConfirmIntro")}</p>
        <dl id="sportello-claim-summary" class="pf-v5-c-description-list pf-m-horizontal">
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("sportelloClaimCustomerCode")}</dt>
                <dd class="pf-v5-c-description-list__description" id="sportello-claim-summary-code">${claimCustomerCode}</dd>
            </div>
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term"><#if claimCompany>${msg("sportelloClaimCompanyName")}<#else>${msg("sportelloClaimPersonName")}</#if></dt>
                <dd class="pf-v5-c-description-list__description" id="sportello-claim-summary-name">${claimCustomerName!''}</dd>
            </div>
            <#-- only after the proof of possession, and masked (street initial, number, town) -->
            <#if claimAddress??>
            <div class="pf-v5-c-description-list__group">
                <dt class="pf-v5-c-description-list__term">${msg("sportelloClaimAddress")}</dt>
                <dd class="pf-v5-c-description-list__description" id="sportello-claim-summary-address">${claimAddress}</dd>
            </div>
            </#if>
        </dl>
        <form id="sportello-claim-confirm" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="sportello-claim-confirm-yes" name="confirm" label="sportelloClaimConfirmYes" />
                <@buttons.button id="sportello-claim-confirm-no" name="cancel" type="secondary" label="sportelloClaimConfirmNo" />
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <@page.haveAccess/>
    </#if>
</@layout.registrationLayout>
