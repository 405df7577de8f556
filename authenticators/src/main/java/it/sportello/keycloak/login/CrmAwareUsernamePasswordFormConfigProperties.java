package it.sportello.keycloak.login;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the sign-in form, set as
 * {@code --spi-authenticator--sportello-username-password-form--<dash-case-name>=...}. Defaults live in
 * {@link CrmAwareUsernamePasswordFormConfig}.
 */
final class CrmAwareUsernamePasswordFormConfigProperties {

    static final String FAILURE_FLOOR_MILLIS = "failureFloorMillis";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(FAILURE_FLOOR_MILLIS)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Shortest answer to a refused sign-in, in milliseconds (0: none), so that its time does not"
                    + " tell which customer codes exist.")
            .defaultValue(CrmAwareUsernamePasswordFormConfig.DEFAULT_FAILURE_FLOOR_MILLIS)
            .add()
            .build();

    private CrmAwareUsernamePasswordFormConfigProperties() {}
}
