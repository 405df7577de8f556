<#-- Sent by the portal API (EmailChangeRequest) to the holder of an address someone tried to use for another account. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloEmailInUseBodyHtml", realmName, supportUrl))?no_esc}
</@layout.emailLayout>
