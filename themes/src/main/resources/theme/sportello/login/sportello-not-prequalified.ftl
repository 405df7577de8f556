<#--
  A supplier the CRM has not prequalified, once it proved who it is: on the claim after code, tax ID and proof matched,
  on the sign-in after the password was verified (PrequalificationPage). Nothing was created and no session started;
  the support form's link is on the page itself, unless the realm attribute sportello.support.enabled is "false".
-->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloNotPrequalifiedTitle"/>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloNotPrequalifiedTitle")}
    <#elseif section = "form">
        <p id="sportello-not-prequalified">${msg("sportelloNotPrequalifiedText")}</p>
        <#if (realm.attributes["sportello.support.enabled"]!"true") != "false" && (url.loginUrl!"")?contains("/login-actions/")>
            <#assign supportUrl = url.loginUrl?keep_before("/login-actions/") + "/sportello-support">
            <#if locale?? && locale.currentLanguageTag??>
                <#assign supportUrl = supportUrl + "?kc_locale=" + locale.currentLanguageTag?url("UTF-8")>
            </#if>
            <p id="sportello-not-prequalified-help">${msg("sportelloNotPrequalifiedSupport")} <a id="sportello-not-prequalified-support" href="${supportUrl}">${msg("sportelloSupportLink")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
