package it.sportello.keycloak.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<String> keys = new ArrayList<>();
        for (Field field : SupportMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SupportMessagesTest.class.getResourceAsStream(
                "/theme-resources/messages/messages_" + language + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
