<#--
  What Sportello's own pages share around keycloak.v2's layout:
    <#import "sportello-page.ftl" as page>
    <@page.title key="sportelloClaimVerifyTitle"/>    before <@layout.registrationLayout>
    <@page.haveAccess/>                               in the "info" section of a claim step: the way back to sign-in
    <@page.attemptedUsernameLabel/>                   in the "show-username" section of a page that shows the username
  template.ftl prints ${title}, which Keycloak sets to loginTitle ("Accedi a Sportello") on every page; a global of the
  same name hides that data-model value, so the page's <title> names the page: "Attiva il tuo accesso online – Sportello".
-->
<#macro title key>
    <#global title = msg("sportelloPageTitle", msg(key), realm.displayName!realm.name)>
</#macro>

<#macro haveAccess>
    <span>${msg("sportelloClaimHaveAccount")} <a id="sportello-claim-login" href="${url.loginUrl}">${msg("doLogIn")}</a></span>
</#macro>

<#-- keycloak.v2's template shows the read-only username above the form with a label for="username", an id no element of
     the page has, so the field has no name (axe: label). A second label, for screen readers only, names the field. -->
<#macro attemptedUsernameLabel>
    <label for="kc-attempted-username" class="pf-v5-screen-reader"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
</#macro>
