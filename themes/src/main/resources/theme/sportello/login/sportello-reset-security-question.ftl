<#-- Password recovery, after the emailed link (sportello-reset-security-question): the customer's own security question. The answer is never echoed back. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloResetPageTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloResetSecurityQuestionTitle")}
    <#elseif section = "show-username">
        <@page.attemptedUsernameLabel/>
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('securityAnswer')/>
        <#if securityQuestionLocked?? && securityQuestionLocked>
            <p id="sportello-reset-sq-locked">${msg("sportelloResetSecurityQuestionLockedHint")}</p>
            <@buttons.actionGroup>
                <@buttons.buttonLink id="sportello-reset-sq-back" href=url.loginUrl label="backToLogin" />
            </@buttons.actionGroup>
        <#else>
            <p id="sportello-reset-sq-intro">${msg("sportelloResetSecurityQuestionIntro")}</p>
            <form id="sportello-reset-security-question" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
                <@field.password name="securityAnswer" label=msg(securityQuestionKey) autocomplete="off" autofocus=true required=true describedBy="sportello-reset-sq-hint">
                    <div class="${properties.kcInputHelperTextItemClass!}">
                        <span id="sportello-reset-sq-hint" class="${properties.kcInputHelperTextItemTextClass!}">${msg("sportelloSecurityQuestionAnswerHint")}</span>
                    </div>
                </@field.password>
                <@buttons.actionGroup>
                    <@buttons.button id="sportello-reset-sq-submit" label="sportelloResetSecurityQuestionSubmit" />
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
