<#-- Account claiming: the activation link is on its way. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloClaimVerifyTitle"/>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("sportelloClaimActivationSentTitle")}
    <#elseif section = "form">
        <p id="sportello-claim-activation-sent">${msg("sportelloClaimActivationSentText", claimEmail)}</p>
        <p><a href="${url.loginUrl}">${msg("backToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
