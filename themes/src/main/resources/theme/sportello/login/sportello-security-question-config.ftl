<#-- Security question setup (required action sportello-security-question, also started from the account console). The answers are never echoed back. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloSecurityQuestionConfigTitle"/>
<#import "sportello-security-question-fields.ftl" as securityQuestion>
<#import "buttons.ftl" as buttons>
<#import "sportello-field.ftl" as field>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloSecurityQuestionConfigTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('securityQuestion','securityAnswer','securityAnswerConfirm')/>
        <p id="sportello-security-question-intro">${msg("sportelloSecurityQuestionConfigIntro")}</p>
        <#if securityQuestionConfigured?? && securityQuestionConfigured>
            <p id="sportello-security-question-replace">${msg("sportelloSecurityQuestionConfigReplaceNotice")}</p>
        </#if>
        <form id="sportello-security-question-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <@securityQuestion.fields questions=securityQuestions selected=(securityQuestionSelected!'') />
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="sportello-security-question-save" name="save" label="sportelloSecurityQuestionSave" />
                <#if isAppInitiatedAction??>
                    <@buttons.button id="sportello-security-question-cancel" name="cancel-aia" type="secondary" label="doCancel" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
