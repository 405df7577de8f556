<#ftl output_format="plainText">
<#-- Sent by the portal API (EmailChangeRequest) to the holder of an address someone tried to use, text part. -->
${msg("sportelloEmailInUseBody", realmName, supportUrl)}
