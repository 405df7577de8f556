package it.sportello.keycloak.claim;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Admin-console settings of the completion step; keys and defaults come from {@link ClaimCompleteConfig} and {@link ClaimCompletion}. */
final class ClaimCompleteConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(ClaimCompletion.CONFIG_KEY)
            .label("sportelloClaimConfigCompletion")
            .helpText("sportelloClaimConfigCompletionHelp")
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(ClaimCompletion.SELF_SERVICE.configValue(), ClaimCompletion.ACTIVATION_EMAIL.configValue())
            .defaultValue(ClaimCompletion.SELF_SERVICE.configValue())
            .add()
            .property()
            .name(ClaimCompleteConfig.SECURITY_QUESTION)
            .label("sportelloClaimConfigSecurityQuestion")
            .helpText("sportelloClaimConfigSecurityQuestionHelp")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue(Boolean.toString(ClaimCompleteConfig.DEFAULT_SECURITY_QUESTION))
            .add()
            .build();

    private ClaimCompleteConfigProperties() {}
}
