<#-- Account claiming, step 3: where the link goes (the email of record, masked, or a typed one when the CRM holds none), and the password and security question (self-service) or nothing more (activation link); optionally, to verify a mobile number next (when an SMS sender is configured). -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloClaimVerifyTitle"/>
<#import "sportello-field.ftl" as field>
<#import "field.ftl" as kcField>
<#import "buttons.ftl" as buttons>
<#import "sportello-security-question-fields.ftl" as securityQuestion>
<@layout.registrationLayout displayInfo=true displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloClaimCompleteTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('email','password','password-confirm','securityQuestion','securityAnswer','securityAnswerConfirm')/>
        <p id="sportello-claim-complete-intro">${msg("sportelloClaimCompleteIntro", claimCustomerCode)}</p>
        <form id="sportello-claim-complete" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#if claimEmailOfRecord??>
                <p id="sportello-claim-email-of-record">${msg("sportelloClaimEmailOfRecord", claimEmailOfRecord)}</p>
            <#else>
                <@field.input name="email" label=msg("email") value=(email!'') autofocus=true autocomplete="email" required=true />
            </#if>
            <#if claimSelfService>
                <@field.password name="password" label=msg("password") autocomplete="new-password" required=true autofocus=claimEmailOfRecord?? />
                <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" required=true />
                <#if claimSecurityQuestion?? && claimSecurityQuestion>
                    <p id="sportello-claim-security-question-intro" class="sportello-claim-hint">${msg("sportelloClaimSecurityQuestionIntro")}</p>
                    <@securityQuestion.fields questions=securityQuestions selected=(securityQuestionSelected!'') />
                </#if>
            <#else>
                <p class="sportello-claim-hint">${msg("sportelloClaimActivationHint")}</p>
            </#if>
            <#if claimOfferMobile?? && claimOfferMobile>
                <@kcField.checkbox name="verifyMobile" label=msg("sportelloClaimVerifyMobile") value=(verifyMobileChecked!false) />
                <p id="sportello-claim-verify-mobile-hint" class="sportello-claim-hint">${msg("sportelloClaimVerifyMobileHint")}</p>
            </#if>
            <#if claimOfferRecoveryEmail?? && claimOfferRecoveryEmail>
                <@kcField.checkbox name="addRecoveryEmail" label=msg("sportelloClaimAddRecoveryEmail") value=(addRecoveryEmailChecked!false) />
                <p id="sportello-claim-recovery-email-hint" class="sportello-claim-hint">${msg("sportelloClaimAddRecoveryEmailHint")}</p>
            </#if>
            <@buttons.actionGroup>
                <@buttons.button id="sportello-claim-create" label=claimSelfService?then("sportelloClaimCreate", "sportelloClaimSendActivation") />
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <@page.haveAccess/>
    </#if>
</@layout.registrationLayout>
