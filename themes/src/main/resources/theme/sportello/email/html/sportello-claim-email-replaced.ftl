<#-- Sent by the claiming completion (ClaimNotices) to an address of record before a claim replaces it. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloClaimEmailReplacedBodyHtml", realmName, supportUrl))?no_esc}
</@layout.emailLayout>
