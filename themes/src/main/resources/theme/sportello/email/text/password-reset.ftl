<#ftl output_format="plainText">
<#-- Reset email of the reset-credentials flow, text part: names the account's user ID, the customer code for CRM customers. -->
${msg("sportelloPasswordResetBody", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration), (user.attributes.customerCode)!user.username)}
