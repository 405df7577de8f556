<#-- Acknowledgement of a support request sent from the public form (SupportAcknowledgement). -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloSupportAckBodyHtml", ticketNumber, realmName))?no_esc}
</@layout.emailLayout>
