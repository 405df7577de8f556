<#--
  Support request form (SupportRequestResource), public: reached from the login and reset-password pages without
  signing in. Values come back in "support" after an error (escaped like everything else here); field errors are
  read with messagesPerField and tied to their input with aria-invalid and aria-describedby. Without CSS :has()
  both the person and the company fields show; the server reads only those of the chosen kind.
-->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloSupportTitle"/>
<#import "sportello-field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "sportello-pow.ftl" as pow>

<#macro supportInput name label type="text" autocomplete="off" required=false help="" autofocus=false>
    <#local error=messagesPerField.get(name)>
    <#local describedBy=field.describedByIds(name, error, help?has_content?then(name + "-help", ""))>
    <@field.group name=name label=label error=error required=required>
        <span class="${properties.kcInputClass} <#if error?has_content>${properties.kcError}</#if>">
            <input id="${name}" name="${name}" type="${type}" value="${support[name]!''}" autocomplete="${autocomplete}"
                   <#if autofocus>autofocus</#if> <#if required>aria-required="true"</#if>
                   aria-invalid="${error?has_content?then('true', 'false')}"
                   <#if describedBy?has_content>aria-describedby="${describedBy}"</#if>/>
            <@field.errorIcon error=error/>
        </span>
        <#if help?has_content>
            <p id="${name}-help" class="sportello-support-hint">${help}</p>
        </#if>
    </@field.group>
</#macro>

<@layout.registrationLayout displayInfo=true displayRequiredFields=true displayMessage=false; section>
    <#if section = "header">
        ${msg("sportelloSupportTitle")}
    <#elseif section = "form">
        <@field.alert show=!messagesPerField.existsError('requesterKind','firstName','lastName','companyName','contactPerson','customerCode','taxId','email','phone','message')/>
        <p id="sportello-support-intro" class="${properties.kcContentWrapperClass!}">${msg("sportelloSupportIntro")}</p>
        <form id="sportello-support-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <input type="hidden" name="sportello-support-token" value="${supportFormToken}"/>

            <#assign kindError=messagesPerField.get('requesterKind')>
            <fieldset id="requesterKind" class="${properties.kcFormGroupClass} sportello-support-kind"
                      <#if kindError?has_content>aria-describedby="input-error-requesterKind"</#if>>
                <legend class="${properties.kcFormLabelClass}">
                    <span class="${properties.kcFormLabelTextClass}">${msg("sportelloSupportRequesterKind")}</span>
                    <span class="${properties.kcInputRequiredClass}" aria-hidden="true">&#42;</span>
                </legend>
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" id="requesterKind-person" name="requesterKind" value="person"
                           aria-invalid="${kindError?has_content?then('true', 'false')}" <#if kindError?has_content>aria-describedby="input-error-requesterKind"</#if>
                           <#if support.requesterKind == "person">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="requesterKind-person">${msg("sportelloSupportKindPerson")}</label>
                </div>
                <div class="pf-v5-c-radio">
                    <input class="pf-v5-c-radio__input" type="radio" id="requesterKind-company" name="requesterKind" value="company"
                           aria-invalid="${kindError?has_content?then('true', 'false')}" <#if kindError?has_content>aria-describedby="input-error-requesterKind"</#if>
                           <#if support.requesterKind == "company">checked</#if>/>
                    <label class="pf-v5-c-radio__label" for="requesterKind-company">${msg("sportelloSupportKindCompany")}</label>
                </div>
                <#if kindError?has_content>
                    <@field.errorText name="requesterKind" error=kindError/>
                </#if>
            </fieldset>

            <div class="sportello-support-person">
                <@supportInput name="firstName" label=msg("sportelloSupportFirstName") autocomplete="given-name" required=true />
                <@supportInput name="lastName" label=msg("sportelloSupportLastName") autocomplete="family-name" required=true />
            </div>
            <div class="sportello-support-company">
                <@supportInput name="companyName" label=msg("sportelloSupportCompanyName") autocomplete="organization" required=true />
                <@supportInput name="contactPerson" label=msg("sportelloSupportContactPerson") autocomplete="name" required=true />
            </div>

            <@supportInput name="customerCode" label=msg("sportelloSupportCustomerCode") help=msg("sportelloSupportCustomerCodeHelp") />
            <@supportInput name="taxId" label=msg("sportelloSupportTaxId") />
            <@supportInput name="email" label=msg("sportelloSupportEmail") type="email" autocomplete="email" required=true help=msg("sportelloSupportEmailHelp") />
            <@supportInput name="phone" label=msg("sportelloSupportPhone") type="tel" autocomplete="tel" />

            <#assign messageError=messagesPerField.get('message')>
            <@field.group name="message" label=msg("sportelloSupportMessage") error=messageError required=true>
                <span class="${properties.kcInputClass} pf-m-textarea pf-m-resize-vertical <#if messageError?has_content>${properties.kcError}</#if>">
                    <textarea id="message" name="message" rows="6" maxlength="${supportMaxMessageLength?c}" aria-required="true"
                              aria-invalid="${messageError?has_content?then('true', 'false')}"
                              aria-describedby="${field.describedByIds('message', messageError, 'message-help')}">${support.message!''}</textarea>
                </span>
                <p id="message-help" class="sportello-support-hint">${msg("sportelloSupportMessageHelp", supportMaxMessageLength?c)}</p>
            </@field.group>

            <@pow.fields challenge=sportelloPow />

            <@buttons.actionGroup>
                <@buttons.button id="sportello-support-send" label="sportelloSupportSend" />
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <a id="sportello-support-back" href="${supportSignInUrl}">${msg("backToLogin")}</a>
    </#if>
</@layout.registrationLayout>
