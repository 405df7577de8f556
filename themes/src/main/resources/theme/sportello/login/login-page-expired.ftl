<#--
  Keycloak shows this page when a form or an address of an earlier step comes back (Back, Reload, a second tab) after
  the session has moved on. Keycloak's two links stay, for a browser without JavaScript; js/sportello-history.js
  follows the one marked data-sportello-expired-next at once. That is "continue" when the session is at a required
  action (choosing the new password after the emailed link: restarting would throw the link away), and otherwise
  Keycloak's restart of the flow: a fresh sign-in page, or the first-access page when the application started there.
-->
<#import "template.ftl" as layout>
<#assign continueInPlace = (url.loginAction!"")?contains("/login-actions/required-action")>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p id="instruction1" class="instruction">
            ${msg("pageExpiredMsg1")} <a id="loginRestartLink" href="${url.loginRestartFlowUrl}"<#if !continueInPlace> data-sportello-expired-next</#if>>${msg("doClickHere")}</a> .<br/>
            ${msg("pageExpiredMsg2")} <a id="loginContinueLink" href="${url.loginAction}"<#if continueInPlace> data-sportello-expired-next</#if>>${msg("doClickHere")}</a> .
        </p>
    </#if>
</@layout.registrationLayout>
