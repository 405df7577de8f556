<#-- Reset email of the reset-credentials flow (Keycloak's reset-credential-email step): names the account's user ID, the customer code for CRM customers. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloPasswordResetBodyHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration), (user.attributes.customerCode)!user.username))?no_esc}
</@layout.emailLayout>
