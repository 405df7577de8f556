<#-- Operator answer notification (TicketNotifications.answered): number, category and status only, never the messages. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloTicketAnswerBodyHtml", ticketNumber, (ticketCategoryLabel!msg("portalTicketCategory." + ticketCategory)), msg("sportelloTicketStatus." + ticketStatus), realmName))?no_esc}
</@layout.emailLayout>
