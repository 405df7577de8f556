<#-- Sent by the broker link step (BrokerLinking) to the email of record when a digital identity is linked to an account without portal access. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloBrokerLinkedBodyHtml", realmName, supportUrl))?no_esc}
</@layout.emailLayout>
