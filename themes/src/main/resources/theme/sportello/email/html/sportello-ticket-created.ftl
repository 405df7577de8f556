<#-- Portal ticket notification (TicketNotifications): number, category and status only, never the customer's text. The
     customer opened the ticket; a contact (ticketToCustomer false) is an address the customer named on it. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg(ticketToCustomer?then("sportelloTicketCreatedBodyHtml", "sportelloTicketCreatedContactBodyHtml"), ticketNumber, (ticketCategoryLabel!msg("portalTicketCategory." + ticketCategory)), msg("sportelloTicketStatus." + ticketStatus), realmName))?no_esc}
</@layout.emailLayout>
