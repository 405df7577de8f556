<#ftl output_format="plainText">
<#-- Portal ticket notification (TicketNotifications): number, category and status only, never the customer's text. -->
${msg("sportelloTicketStatusBody", ticketNumber, (ticketCategoryLabel!msg("portalTicketCategory." + ticketCategory)), msg("sportelloTicketStatus." + ticketStatus), realmName)}
