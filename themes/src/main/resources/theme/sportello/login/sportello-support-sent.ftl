<#-- Support request stored (SupportRequestResource): the same page whether or not it was linked to a customer. -->
<#import "buttons.ftl" as buttons>
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloSupportTitle"/>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("sportelloSupportSentTitle")}
    <#elseif section = "form">
        <p id="sportello-support-sent">${msg("sportelloSupportSentText")}</p>
        <p class="sportello-support-ticket">
            ${msg("sportelloSupportSentTicket")}: <strong id="sportello-support-ticket">${supportTicketNumber}</strong>
        </p>
        <p id="sportello-support-mail">${supportMailSent?then(msg("sportelloSupportSentMail"), msg("sportelloSupportSentNoMail"))}</p>
        <@buttons.actionGroup>
            <@buttons.buttonLink id="sportello-support-back" href=supportSignInUrl label="backToLogin" />
        </@buttons.actionGroup>
    </#if>
</@layout.registrationLayout>
