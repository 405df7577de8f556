<#--
  First broker login (BrokerLinkAuthenticator): nothing linked and nothing created. brokerNoneText says why: no customer
  file for the asserted tax ID, no usable tax ID from the identity provider, or the holder said "not me". Links to the
  claim (registration) and to the support form, unless the realm attribute sportello.support.enabled is "false".
-->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloBrokerNoneTitle"/>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloBrokerNoneTitle")}
    <#elseif section = "form">
        <p id="sportello-broker-none">${msg(brokerNoneText)}</p>
        <#if realm.registrationAllowed && url.registrationUrl??>
            <p id="sportello-broker-none-claim-help">${msg("sportelloBrokerNoneClaim")} <a id="sportello-broker-none-claim" href="${url.registrationUrl}">${msg("sportelloClaimVerifyTitle")}</a></p>
        </#if>
        <#if (realm.attributes["sportello.support.enabled"]!"true") != "false" && (url.loginUrl!"")?contains("/login-actions/")>
            <#assign supportUrl = url.loginUrl?keep_before("/login-actions/") + "/sportello-support">
            <#if locale?? && locale.currentLanguageTag??>
                <#assign supportUrl = supportUrl + "?kc_locale=" + locale.currentLanguageTag?url("UTF-8")>
            </#if>
            <p id="sportello-broker-none-support-help">${msg("sportelloBrokerNoneSupport")} <a id="sportello-broker-none-support" href="${supportUrl}">${msg("sportelloSupportLink")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
