<#ftl output_format="plainText">
<#-- Sent by the sportello-notifications event listener once per account change other than the password, text part. -->
${msg(accountChangeBodyKey, realmName, (user.attributes.customerCode)!user.username, passwordChangedAt, passwordChangedFrom)}

<#if accountChangeSupportUrl?has_content>${msg("sportelloAccountChangeSupport", accountChangeSupportUrl)}<#else>${msg("sportelloAccountChangeNoSupport")}</#if>
