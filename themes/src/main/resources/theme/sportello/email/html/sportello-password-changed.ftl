<#-- Sent by the sportello-notifications event listener once per password change. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloPasswordChangedBodyHtml", realmName, (user.attributes.customerCode)!user.username, passwordChangedAt, passwordChangedFrom))?no_esc}
</@layout.emailLayout>
