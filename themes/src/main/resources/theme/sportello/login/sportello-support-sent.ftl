<#-- Support request stored (SupportRequestResource): the same page whether or not it was linked to a customer. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("sportelloSupportSentTitle")}
    <#elseif section = "form">
        <p id="sportello-support-sent">${msg("sportelloSupportSentText")}</p>
        <p class="sportello-support-ticket">
            ${msg("sportelloSupportSentTicket")}: <strong id="sportello-support-ticket">${supportTicketNumber}</strong>
        </p>
        <p id="sportello-support-mail">${supportMailSent?then(msg("sportelloSupportSentMail"), msg("sportelloSupportSentNoMail"))}</p>
    </#if>
</@layout.registrationLayout>
