<#--
  What Sportello's own pages share around keycloak.v2's layout:
    <#import "sportello-page.ftl" as page>
    <@page.title key="sportelloClaimVerifyTitle"/>    before <@layout.registrationLayout>
    <@page.haveAccess/>                               in the "info" section of a claim step: the way back to sign-in
  template.ftl prints ${title}, which Keycloak sets to loginTitle ("Accedi a Sportello") on every page; a global of the
  same name hides that data-model value, so the page's <title> names the page: "Attiva il tuo accesso online – Sportello".
-->
<#macro title key>
    <#global title = msg("sportelloPageTitle", msg(key), realm.displayName!realm.name)>
</#macro>

<#macro haveAccess>
    <span>${msg("sportelloClaimHaveAccount")} <a id="sportello-claim-login" href="${url.loginUrl}">${msg("doLogIn")}</a></span>
</#macro>
