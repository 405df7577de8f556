package it.sportello.keycloak.recovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every recovery message key used in code has a text in both languages, fit for MessageFormat. */
class RecoveryMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void bundleWhenLoadedThenHasTextForEveryKeyWithoutPlainApostrophes(String locale) throws IOException {
        Properties bundle = bundle(locale);

        assertThat(keys()).isNotEmpty().allSatisfy(key -> {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            // MessageFormat drops a plain apostrophe: the texts use ’ instead
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("'", "{");
        });
    }

    private static List<String> keys() {
        return Arrays.stream(RecoveryMessages.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(RecoveryMessagesTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String locale) throws IOException {
        String path = "/theme-resources/messages/messages_" + locale + ".properties";
        try (InputStream stream = RecoveryMessagesTest.class.getResourceAsStream(path);
                Reader reader = new InputStreamReader(stream, UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
