<#-- Password recovery by SMS (sportello-reset-sms-code): the 6-digit code sent to the account's verified mobile. The same page whether
     or not a code went out; after a gateway failure, an error and "try again". The code is never echoed back. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloResetPageTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloResetSmsTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('smsCode')/>
        <#if resetSmsFailed!false>
            <form id="sportello-reset-sms-retry" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <input type="hidden" name="resend" value="true"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sportello-reset-sms-retry-submit" label="sportelloResetSmsRetry" />
                    <@buttons.buttonLink id="sportello-reset-sms-back" href=url.loginRestartFlowUrl label="sportelloResetSmsUseEmail" />
                </@buttons.actionGroup>
            </form>
        <#else>
            <p id="sportello-reset-sms-intro">${msg("sportelloResetSmsIntro")}</p>
            <form id="sportello-reset-sms-code" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@field.input name="smsCode" label=msg("sportelloResetSmsCode") autofocus=true autocomplete="one-time-code" required=true />
                <@buttons.actionGroup>
                    <@buttons.button id="sportello-reset-sms-submit" label="sportelloResetSmsSubmit" />
                </@buttons.actionGroup>
            </form>
            <form id="sportello-reset-sms-resend" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <input type="hidden" name="resend" value="true"/>
                <@buttons.actionGroup>
                    <@buttons.button id="sportello-reset-sms-resend-submit" label="sportelloResetSmsResend" />
                    <@buttons.buttonLink id="sportello-reset-sms-back" href=url.loginRestartFlowUrl label="sportelloResetSmsUseEmail" />
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
