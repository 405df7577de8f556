<#ftl output_format="plainText">
<#-- Operator answer notification (TicketNotifications.answered): number, category and status only, never the messages. -->
${msg("sportelloTicketAnswerBody", ticketNumber, (ticketCategoryLabel!msg("portalTicketCategory." + ticketCategory)), msg("sportelloTicketStatus." + ticketStatus), realmName)}
