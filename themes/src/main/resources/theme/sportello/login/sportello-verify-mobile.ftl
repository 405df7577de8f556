<#-- Verified mobile number (required action sportello-verify-mobile, also as kc_action from the account console): the number, then the
     6-digit code sent to it by SMS (pre-filled with the CRM's phone when it is a mobile and the account has none); or removing the current one,
     also as a confirmation page of its own (kc_action=sportello-verify-mobile:remove). The code is never echoed back. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloVerifyMobileTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloVerifyMobileTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('mobileNumber','smsCode')/>
        <#if (verifyMobileStep!"number") = "code">
            <p id="sportello-verify-mobile-sent">${msg("sportelloVerifyMobileSent", verifyMobilePending!"")}</p>
            <form id="sportello-verify-mobile-code" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@field.input name="smsCode" label=msg("sportelloVerifyMobileCode") autofocus=true autocomplete="one-time-code" required=true />
                <@buttons.actionGroup>
                    <button id="sportello-verify-mobile-verify" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="verify">${msg("sportelloVerifyMobileVerify")}</button>
                    <button id="sportello-verify-mobile-resend" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="resend" formnovalidate>${msg("sportelloVerifyMobileResend")}</button>
                    <button id="sportello-verify-mobile-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="cancel" formnovalidate>${msg("doCancel")}</button>
                </@buttons.actionGroup>
            </form>
        <#elseif (verifyMobileStep!"number") = "remove">
            <p id="sportello-verify-mobile-remove-confirm">${msg("sportelloVerifyMobileRemoveConfirm", verifyMobileCurrent!"")}</p>
            <form id="sportello-verify-mobile-remove-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@buttons.actionGroup>
                    <button id="sportello-verify-mobile-remove" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="remove">${msg("sportelloVerifyMobileRemove")}</button>
                    <button id="sportello-verify-mobile-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="cancel">${msg("doCancel")}</button>
                </@buttons.actionGroup>
            </form>
        <#else>
            <#if verifyMobileCurrent??>
                <p id="sportello-verify-mobile-current">${msg("sportelloVerifyMobileCurrent", verifyMobileCurrent)}</p>
            </#if>
            <p id="sportello-verify-mobile-intro">${msg("sportelloVerifyMobileIntro")}</p>
            <form id="sportello-verify-mobile-number" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@field.input name="mobileNumber" label=msg("sportelloVerifyMobileNumber") value=verifyMobileSuggested!"" autofocus=true autocomplete="tel" required=true />
                <@buttons.actionGroup>
                    <button id="sportello-verify-mobile-send" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="send">${msg("sportelloVerifyMobileSend")}</button>
                    <#if verifyMobileCurrent??>
                        <button id="sportello-verify-mobile-remove" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="remove" formnovalidate>${msg("sportelloVerifyMobileRemove")}</button>
                    </#if>
                    <button id="sportello-verify-mobile-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="action" value="cancel" formnovalidate>${msg("doCancel")}</button>
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
