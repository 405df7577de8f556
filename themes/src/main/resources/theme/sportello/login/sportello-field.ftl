<#--
  Keycloak v2's field macros (field.ftl) with each error tied to its field, for screen readers: the error has the id
  input-error-<name> and is announced (role="alert"), the input carries aria-invalid="true" and aria-describedby
  naming the error (then any helper text of the field, given as describedBy). Same parameters as field.ftl's.
    <#import "sportello-field.ftl" as field>
    <@field.input name="customerCode" label=msg("sportelloClaimCustomerCode") autofocus=true />
    <@field.password name="securityAnswer" label=... describedBy="sportello-reset-sq-hint"> helper items </@field.password>
    <@field.alert show=!messagesPerField.existsError('username')/>   the page's message, announced (with displayMessage=false)
-->
<#import "field.ftl" as kc>

<#-- The ids an input is described by: its error when it has one (read first), then its helper text. -->
<#function describedByIds name error describedBy="">
    <#return (error?has_content?then("input-error-" + name + " ", "") + describedBy)?trim>
</#function>

<#macro group name label error="" required=false>
<div class="${properties.kcFormGroupClass}">
    <div class="${properties.kcFormGroupLabelClass}">
        <label for="${name}" class="${properties.kcFormLabelClass}">
            <span class="${properties.kcFormLabelTextClass}">${label}</span>
            <#if required>
                <span class="${properties.kcInputRequiredClass}" aria-hidden="true">&#42;</span>
            </#if>
        </label>
    </div>

    <#nested>

    <div id="input-error-container-${name}">
        <#if error?has_content>
            <@errorText name=name error=error/>
        </#if>
    </div>
</div>
</#macro>

<#-- The error under a field: the target of the field's aria-describedby, announced when the page shows it. -->
<#macro errorText name error>
    <div class="${properties.kcFormHelperTextClass}">
        <div class="${properties.kcInputHelperTextClass}">
            <div class="${properties.kcInputHelperTextItemClass} ${properties.kcError}" id="input-error-${name}" role="alert">
                <span class="${properties.kcInputErrorMessageClass}">${error}</span>
            </div>
        </div>
    </div>
</#macro>

<#macro errorIcon error="">
    <@kc.errorIcon error=error/>
</#macro>

<#macro input name label value="" required=false autocomplete="off" fieldName=name error=messagesPerField.get(fieldName) autofocus=false describedBy="">
    <#local ids=describedByIds(name, error, describedBy)>
    <@group name=name label=label error=error required=required>
        <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
            <input id="${name}" name="${name}" value="${value}" type="text" autocomplete="${autocomplete}" <#if autofocus>autofocus</#if>
                   aria-invalid="${error?has_content?then('true', 'false')}" <#if ids?has_content>aria-describedby="${ids}"</#if>/>
            <@kc.errorIcon error=error/>
        </span>
    </@group>
</#macro>

<#macro password name label value="" required=false fieldName=name error=messagesPerField.get(fieldName) autocomplete="off" autofocus=false describedBy="">
    <#local ids=describedByIds(name, error, describedBy)>
    <@group name=name label=label error=error required=required>
        <div class="${properties.kcInputGroup}">
            <div class="${properties.kcInputGroupItemClass} ${properties.kcFill}">
                <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
                    <input id="${name}" name="${name}" value="${value}" type="password" autocomplete="${autocomplete}" <#if autofocus>autofocus</#if>
                           aria-invalid="${error?has_content?then('true', 'false')}" <#if ids?has_content>aria-describedby="${ids}"</#if>/>
                    <@kc.errorIcon error=error/>
                </span>
            </div>
            <div class="${properties.kcInputGroupItemClass}">
                <button class="${properties.kcFormPasswordVisibilityButtonClass}" type="button" aria-label="${msg('showPassword')}"
                        aria-controls="${name}" data-password-toggle
                        data-icon-show="${properties.kcFormPasswordVisibilityIconShow}" data-icon-hide="${properties.kcFormPasswordVisibilityIconHide}"
                        data-label-show="${msg('showPassword')}" data-label-hide="${msg('hidePassword')}" id="${name}-show-password">
                    <i class="${properties.kcFormPasswordVisibilityIconShow}" aria-hidden="true"></i>
                </button>
            </div>
        </div>
        <div class="${properties.kcFormHelperTextClass}">
            <div class="${properties.kcInputHelperTextClass}">
                <#nested>
            </div>
        </div>
    </@group>
</#macro>

<#--
  The page's message where keycloak.v2's template would show it (the page passes displayMessage=false), announced:
  an error or warning as an alert, an info or success as a status. Hidden when field errors say it at the fields.
-->
<#macro alert show=true>
    <#if show && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
        <div id="sportello-page-alert" class="${properties.kcAlertClass!} pf-m-${(message.type = 'error')?then('danger', message.type)}"
             role="${(message.type = 'error' || message.type = 'warning')?then('alert', 'status')}">
            <div class="${properties.kcAlertIconClass!}">
                <#if message.type = 'success'><span class="${properties.kcFeedbackSuccessIcon!}"></span></#if>
                <#if message.type = 'warning'><span class="${properties.kcFeedbackWarningIcon!}"></span></#if>
                <#if message.type = 'error'><span class="${properties.kcFeedbackErrorIcon!}"></span></#if>
                <#if message.type = 'info'><span class="${properties.kcFeedbackInfoIcon!}"></span></#if>
            </div>
            <span class="${properties.kcAlertTitleClass!} kc-feedback-text">${message.summary}</span>
        </div>
    </#if>
</#macro>
