package it.sportello.keycloak.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.MessageBundles;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.services.resource.RealmResourceProviderFactory;

class SupportMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void everyKeyHasATextInBothLanguages(String language) throws Exception {
        Properties messages = load(language);

        assertThat(keys())
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void noTextBreaksMessageFormatQuoting(String language) throws Exception {
        Properties messages = load(language);

        // a plain apostrophe starts a quoted section in MessageFormat and swallows the parameters
        assertThat(keys())
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).doesNotContain("'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sportello-support"})
    void formIsRegisteredAsARealmResource(String id) {
        assertThat(ServiceLoader.load(RealmResourceProviderFactory.class).stream()
                        .map(ServiceLoader.Provider::get))
                .extracting(RealmResourceProviderFactory::getId)
                .contains(id);
    }

    private static List<String> keys() throws IllegalAccessException {
        return MessageBundles.keysOf(SupportMessages.class);
    }

    private static Properties load(String language) throws IOException {
        return MessageBundles.load(language);
    }
}
