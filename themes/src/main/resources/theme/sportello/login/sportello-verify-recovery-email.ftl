<#-- Backup email address (required action sportello-verify-recovery-email, also as kc_action from the account console): the address,
     then the 6-digit code mailed to it; or removing the current one. The code is never echoed back; addresses are shown masked. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloRecoveryEmailTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloRecoveryEmailTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('recoveryEmail','emailCode')/>
        <#if (recoveryEmailStep!"address") = "code">
            <p id="sportello-recovery-email-sent">${msg("sportelloRecoveryEmailSent", recoveryEmailPending!"")}</p>
            <form id="sportello-recovery-email-code" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@field.input name="emailCode" label=msg("sportelloRecoveryEmailCode") autofocus=true autocomplete="one-time-code" required=true />
                <@buttons.actionGroup>
                    <button id="sportello-recovery-email-verify" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="verify">${msg("sportelloRecoveryEmailVerify")}</button>
                    <button id="sportello-recovery-email-resend" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="resend" formnovalidate>${msg("sportelloRecoveryEmailResend")}</button>
                    <button id="sportello-recovery-email-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="cancel" formnovalidate>${msg("doCancel")}</button>
                </@buttons.actionGroup>
            </form>
        <#else>
            <#if recoveryEmailCurrent??>
                <p id="sportello-recovery-email-current">${msg("sportelloRecoveryEmailCurrent", recoveryEmailCurrent)}</p>
            </#if>
            <p id="sportello-recovery-email-intro">${msg("sportelloRecoveryEmailIntro")}</p>
            <form id="sportello-recovery-email-address" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@field.input name="recoveryEmail" label=msg("sportelloRecoveryEmailAddress") autofocus=true autocomplete="email" required=true />
                <@buttons.actionGroup>
                    <button id="sportello-recovery-email-send" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="send">${msg("sportelloRecoveryEmailSend")}</button>
                    <#if recoveryEmailCurrent??>
                        <button id="sportello-recovery-email-remove" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="remove" formnovalidate>${msg("sportelloRecoveryEmailRemove")}</button>
                    </#if>
                    <button id="sportello-recovery-email-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="cancel" formnovalidate>${msg("doCancel")}</button>
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
