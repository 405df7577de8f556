<#--
  Shown under every login page: who runs this portal and where to get help. On the sign-in and reset-password pages (Keycloak's
  and the recovery flow's sportello-reset-choose-user) and on the claim's verify page (whose "no match" sends a customer
  without a recent invoice there) it also links the public support request form (/realms/{realm}/sportello-support), unless
  the realm attribute sportello.support.enabled is "false". On the second-factor pages of the recovery flow (Keycloak's OTP
  and recovery code forms, whose action is .../login-actions/reset-credentials) the same link tells someone who lost the
  device where to go. The form's address is the realm's, taken from the sign-in URL (/realms/{realm}/login-actions/...).
-->
<#macro content>
<#assign resetSecondFactor = ["login-otp", "login-recovery-authn-code-input"]?seq_contains(pageId!"")
        && (url.loginAction!"")?contains("/login-actions/reset-credentials")>
<#if (resetSecondFactor || ["login", "login-username", "login-password", "login-reset-password", "sportello-reset-choose-user", "sportello-claim-verify"]?seq_contains(pageId!""))
        && (realm.attributes["sportello.support.enabled"]!"true") != "false"
        && (url.loginUrl!"")?contains("/login-actions/")>
    <#assign supportUrl = url.loginUrl?keep_before("/login-actions/") + "/sportello-support">
    <#if locale?? && locale.currentLanguageTag??>
        <#assign supportUrl = supportUrl + "?kc_locale=" + locale.currentLanguageTag?url("UTF-8")>
    </#if>
    <p id="sportello-support-help" class="sportello-support-help">
        ${resetSecondFactor?then(msg("sportelloResetLostDevice"), msg("sportelloSupportLinkIntro"))} <a id="sportello-support-link" href="${supportUrl}">${msg("sportelloSupportLink")}</a>
    </p>
</#if>
<div id="sportello-footer" class="sportello-footer">
    <p class="sportello-footer__text">${msg("sportelloFooterText")}</p>
</div>
</#macro>
