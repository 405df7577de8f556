<#--
  The security question's fields: the question (from the allowed list) and the answer twice. Used by the setup page
  (required action sportello-security-question) and by account claiming. The answers are never echoed back.
    <#import "sportello-security-question-fields.ftl" as securityQuestion>
    <@securityQuestion.fields questions=securityQuestions selected=(securityQuestionSelected!'') />
-->
<#import "sportello-field.ftl" as field>
<#macro fields questions selected="">
    <#assign questionError=messagesPerField.get('securityQuestion')>
    <@field.group name="securityQuestion" label=msg("sportelloSecurityQuestionQuestion") error=questionError required=true>
        <span class="${properties.kcInputClass!} <#if questionError?has_content>${properties.kcError!}</#if>">
            <select id="securityQuestion" name="securityQuestion" required
                    aria-invalid="<#if questionError?has_content>true<#else>false</#if>"
                    <#if questionError?has_content>aria-describedby="input-error-securityQuestion"</#if>>
                <option value="" <#if !selected?has_content>selected</#if>>${msg("sportelloSecurityQuestionChoose")}</option>
                <#list questions as question>
                    <option value="${question}" <#if selected == question>selected</#if>>${msg(question)}</option>
                </#list>
            </select>
            <span class="${properties.kcFormControlUtilClass!}">
                <span class="${properties.kcFormControlToggleIcon!}">
                    <svg class="pf-v5-svg" viewBox="0 0 320 512" fill="currentColor" aria-hidden="true" role="img" width="1em" height="1em">
                        <path d="M31.3 192h257.3c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8c-7.8 7.8-20.5 7.8-28.3 0L17.2 226.1C4.6 213.5 13.5 192 31.3 192z"></path>
                    </svg>
                </span>
            </span>
        </span>
    </@field.group>
    <@field.password name="securityAnswer" label=msg("sportelloSecurityQuestionAnswer") autocomplete="off" required=true describedBy="sportello-security-answer-hint">
        <div class="${properties.kcInputHelperTextItemClass!}">
            <span id="sportello-security-answer-hint" class="${properties.kcInputHelperTextItemTextClass!}">${msg("sportelloSecurityQuestionAnswerHint")}</span>
        </div>
    </@field.password>
    <@field.password name="securityAnswerConfirm" label=msg("sportelloSecurityQuestionAnswerConfirm") autocomplete="off" required=true />
</#macro>
