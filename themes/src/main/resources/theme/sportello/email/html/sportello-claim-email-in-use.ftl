<#-- Sent by the claiming completion (ClaimNotices) to the owner of an address a claimant tried to use. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloClaimEmailInUseBodyHtml", realmName, supportUrl))?no_esc}
</@layout.emailLayout>
