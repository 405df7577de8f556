<#-- Sent by the sportello-notifications event listener once per account change other than the password (email,
     OTP added or removed, security question, account claimed): accountChangeBodyKey names the kind's body. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg(accountChangeBodyKey + "Html", realmName, (user.attributes.customerCode)!user.username, passwordChangedAt, passwordChangedFrom))?no_esc}
<#if accountChangeSupportUrl?has_content>
${kcSanitize(msg("sportelloAccountChangeSupportHtml", accountChangeSupportUrl))?no_esc}
<#else>
${kcSanitize(msg("sportelloAccountChangeNoSupportHtml"))?no_esc}
</#if>
</@layout.emailLayout>
