<#ftl output_format="plainText">
<#-- Sent by the broker link step (BrokerLinking) to the email of record when a digital identity is linked, text part. -->
${msg("sportelloBrokerLinkedBody", realmName, supportUrl)}
