package it.sportello.keycloak.recovery;

import java.util.Arrays;
import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Admin-console settings of the reset's security question step; key and default come from {@link ResetSecurityQuestionMode}. */
final class ResetSecurityQuestionConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(ResetSecurityQuestionMode.CONFIG_KEY)
            .label(RecoveryMessages.CONFIG_QUESTION_MODE)
            .helpText(RecoveryMessages.CONFIG_QUESTION_MODE_HELP)
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(Arrays.stream(ResetSecurityQuestionMode.values())
                    .map(ResetSecurityQuestionMode::configValue)
                    .toList())
            .defaultValue(ResetSecurityQuestionMode.DEFAULT.configValue())
            .add()
            .build();

    private ResetSecurityQuestionConfigProperties() {}
}
