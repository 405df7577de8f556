<#-- Shown under every login page: who runs this portal and where to get help. -->
<#macro content>
<div id="sportello-footer" class="sportello-footer">
    <p class="sportello-footer__text">${msg("sportelloFooterText")}</p>
</div>
</#macro>
