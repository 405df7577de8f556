<#ftl output_format="plainText">
<#-- Acknowledgement of a support request sent from the public form (SupportAcknowledgement). -->
${msg("sportelloSupportAckBody", ticketNumber, realmName)}
