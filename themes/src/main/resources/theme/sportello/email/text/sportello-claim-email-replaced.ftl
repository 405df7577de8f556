<#ftl output_format="plainText">
<#-- Sent by the claiming completion (ClaimNotices) to an address of record before a claim replaces it, text part. -->
${msg("sportelloClaimEmailReplacedBody", realmName, supportUrl)}
