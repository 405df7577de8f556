<#-- The code that verifies a backup email address (required action sportello-verify-recovery-email), sent to that address: names the account's user ID, the customer code for CRM customers. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("sportelloRecoveryEmailCodeBodyHtml", recoveryEmailCode, realmName, (user.attributes.customerCode)!user.username, recoveryEmailCodeMinutes))?no_esc}
</@layout.emailLayout>
