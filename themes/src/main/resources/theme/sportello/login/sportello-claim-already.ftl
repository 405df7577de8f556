<#-- Account claiming: the matched customer already has portal access. Shown only after code and tax ID matched. -->
<#import "template.ftl" as layout>
<#import "sportello-page.ftl" as page>
<@page.title key="sportelloClaimVerifyTitle"/>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("sportelloClaimAlreadyTitle")}
    <#elseif section = "form">
        <p id="sportello-claim-already">${msg("sportelloClaimAlreadyText")}</p>
        <@buttons.actionGroup>
            <@buttons.buttonLink id="sportello-claim-already-login" href=url.loginUrl label="doLogIn" class=["kcButtonPrimaryClass", "kcButtonBlockClass"] />
            <@buttons.buttonLink id="sportello-claim-already-reset" href=url.loginResetCredentialsUrl label="doForgotPassword" />
        </@buttons.actionGroup>
    </#if>
</@layout.registrationLayout>
