<#ftl output_format="plainText">
<#-- The code that verifies a backup email address, text part. -->
${msg("sportelloRecoveryEmailCodeBody", recoveryEmailCode, realmName, (user.attributes.customerCode)!user.username, recoveryEmailCodeMinutes)}
