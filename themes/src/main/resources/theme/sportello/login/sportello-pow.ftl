<#--
  Proof-of-work check for the public forms (claiming, recovery, support). Inside the form:
    <#import "sportello-pow.ftl" as pow>
    <@pow.fields challenge=sportelloPow />
  where the authenticator put ProofOfWorkService.issue(binding) under "sportelloPow". The browser fills the nonce
  (resources/js/sportello-pow.js); texts come from the message bundles through the data-msg-* attributes.
-->
<#macro fields challenge="">
    <#if challenge?has_content && challenge.token??>
        <input type="hidden" name="sportello-pow-challenge" value="${challenge.token}"/>
        <input type="hidden" name="sportello-pow-nonce" value=""/>
        <p id="sportello-pow-status" class="sportello-pow__status" role="status" aria-live="polite"
           data-sportello-pow
           data-salt="${challenge.salt}"
           data-difficulty="${challenge.difficulty?c}"
           data-msg-working="${msg("sportelloPowWorking")}"
           data-msg-done="${msg("sportelloPowDone")}"
           data-msg-unsupported="${msg("sportelloPowUnsupported")}"></p>
        <noscript><p class="sportello-pow__status">${msg("sportelloPowUnsupported")}</p></noscript>
        <script src="${url.resourcesPath}/js/sportello-pow.js" defer></script>
    </#if>
</#macro>
