<#ftl output_format="plainText">
<#-- Sent by the claiming completion (ClaimNotices) to the owner of an address a claimant tried to use, text part. -->
${msg("sportelloClaimEmailInUseBody", realmName, supportUrl)}
