<#ftl output_format="plainText">
<#-- Portal ticket notification (TicketNotifications): number, category and status only, never the customer's text. The
     customer opened the ticket; a contact (ticketToCustomer false) is an address the customer named on it. -->
${msg(ticketToCustomer?then("sportelloTicketCreatedBody", "sportelloTicketCreatedContactBody"), ticketNumber, (ticketCategoryLabel!msg("portalTicketCategory." + ticketCategory)), msg("sportelloTicketStatus." + ticketStatus), realmName)}
