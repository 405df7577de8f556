<#-- Password recovery, step 1 (sportello-reset-choose-user): customer code or email, and the tax ID when the step's askTaxId is on
     (never echoed back), and with offerSms or offerRecoveryEmail the channel: link by email, code by SMS, link to the backup address. Every valid answer leads to the same next page; after a number of requests from one address or for one
     name, the proof-of-work check (sportello-pow.ftl). -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloResetPageTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "sportello-pow.ftl" as pow>
<@layout.registrationLayout displayInfo=true displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloResetTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('username','taxId')/>
        <#assign offerChoice=(resetOfferSms!false) || (resetOfferRecoveryEmail!false)>
        <p id="sportello-reset-intro">${msg((resetOfferRecoveryEmail!false)?then("sportelloResetIntroChoiceRecoveryEmail", (resetOfferSms!false)?then("sportelloResetIntroChoice", "sportelloResetIntro")))}</p>
        <form id="sportello-reset-choose-user" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <@field.input name="username" label=msg("sportelloResetIdentifier") value=(resetIdentifier!'') autofocus=true autocomplete="username" required=true />
            <#if resetAskTaxId!false>
                <@field.input name="taxId" label=msg("sportelloResetTaxId") autocomplete="off" required=true />
            </#if>
            <#if offerChoice>
                <fieldset id="channel" class="${properties.kcFormGroupClass}">
                    <legend class="${properties.kcFormLabelClass}">
                        <span class="${properties.kcFormLabelTextClass}">${msg("sportelloResetChannel")}</span>
                    </legend>
                    <div class="pf-v5-c-radio">
                        <input class="pf-v5-c-radio__input" type="radio" id="channel-email" name="channel" value="email" checked/>
                        <label class="pf-v5-c-radio__label" for="channel-email">${msg("sportelloResetChannelEmail")}</label>
                    </div>
                    <#if resetOfferSms!false>
                    <div class="pf-v5-c-radio">
                        <input class="pf-v5-c-radio__input" type="radio" id="channel-sms" name="channel" value="sms"/>
                        <label class="pf-v5-c-radio__label" for="channel-sms">${msg("sportelloResetChannelSms")}</label>
                    </div>
                    </#if>
                    <#if resetOfferRecoveryEmail!false>
                    <div class="pf-v5-c-radio">
                        <input class="pf-v5-c-radio__input" type="radio" id="channel-recovery-email" name="channel" value="recovery-email"/>
                        <label class="pf-v5-c-radio__label" for="channel-recovery-email">${msg("sportelloResetChannelRecoveryEmail")}</label>
                    </div>
                    </#if>
                </fieldset>
            </#if>
            <@pow.fields challenge=(sportelloPow!"") />
            <@buttons.actionGroup>
                <@buttons.button id="sportello-reset-submit" label=offerChoice?then("sportelloResetSubmitChoice", "sportelloResetSubmit") />
                <@buttons.buttonLink id="sportello-reset-back" href=url.loginUrl label="backToLogin" />
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <span id="sportello-reset-info" class="${properties.kcLoginMainFooterHelperText!}">${msg("sportelloResetInfo")}</span>
    </#if>
</@layout.registrationLayout>
