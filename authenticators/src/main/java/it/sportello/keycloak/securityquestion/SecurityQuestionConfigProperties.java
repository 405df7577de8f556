package it.sportello.keycloak.securityquestion;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server settings of the security question credential provider, e.g.
 * {@code --spi-credential--sportello-security-question--hash-algorithm=argon2}. They apply to answers set from then on;
 * a stored answer is always verified with the algorithm it was stored with.
 */
final class SecurityQuestionConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(SecurityQuestionConfig.HASH_ALGORITHM)
            .label(SecurityQuestionMessages.CONFIG_HASH_ALGORITHM)
            .helpText(SecurityQuestionMessages.CONFIG_HASH_ALGORITHM_HELP)
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(SecurityQuestionConfig.DEFAULT_HASH_ALGORITHM)
            .add()
            .property()
            .name(SecurityQuestionConfig.HASH_ITERATIONS)
            .label(SecurityQuestionMessages.CONFIG_HASH_ITERATIONS)
            .helpText(SecurityQuestionMessages.CONFIG_HASH_ITERATIONS_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(SecurityQuestionConfig.PROVIDER_DEFAULT_ITERATIONS)
            .add()
            .build();

    private SecurityQuestionConfigProperties() {}
}
