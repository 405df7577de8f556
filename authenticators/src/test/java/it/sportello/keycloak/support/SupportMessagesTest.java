package it.sportello.keycloak.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.services.resource.RealmResourceProviderFactory;

class SupportMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"sportello-support"})
    void formIsRegisteredAsARealmResource(String id) {
        assertThat(ServiceLoader.load(RealmResourceProviderFactory.class).stream()
                        .map(ServiceLoader.Provider::get))
                .extracting(RealmResourceProviderFactory::getId)
                .contains(id);
    }
}
