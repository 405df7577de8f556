<#ftl output_format="plainText">
<#-- Sent by the sportello-notifications event listener once per password change, text part. -->
${msg("sportelloPasswordChangedBody", realmName, (user.attributes.customerCode)!user.username, passwordChangedAt, passwordChangedFrom)}
