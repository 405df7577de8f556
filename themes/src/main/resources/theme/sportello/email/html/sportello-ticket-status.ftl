<#-- Portal ticket notification (TicketNotifications): number, category and status only, never the customer's text. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloTicketStatusBodyHtml", ticketNumber, (ticketCategoryLabel!msg("portalTicketCategory." + ticketCategory)), msg("sportelloTicketStatus." + ticketStatus), realmName))?no_esc}
</@layout.emailLayout>
