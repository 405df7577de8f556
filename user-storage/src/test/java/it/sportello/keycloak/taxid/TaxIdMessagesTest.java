package it.sportello.keycloak.taxid;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles in {@code theme-resources/messages}, which Keycloak adds to every theme, hold every key we use. */
class TaxIdMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void bundleWhenLoadedThenHasTextForEveryKeyConstant(String locale) throws IOException {
        Properties bundle = bundle(locale);

        assertThat(keyConstants())
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void bundleWhenLoadedThenEveryParseErrorHasText(String locale) throws IOException {
        Properties bundle = bundle(locale);

        assertThat(TaxIdError.values()).extracting(TaxIdError::messageKey).allSatisfy(key -> assertThat(bundle)
                .containsKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void bundleWhenLoadedThenNoMessageFormatSyntax(String locale) throws IOException {
        // Validation errors are rendered through MessageFormat, which drops a plain apostrophe: texts use ’ instead.
        Properties bundle = bundle(locale);

        assertThat(keyConstants())
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'", "{", "}"));
    }

    @Test
    void italianBundleWhenReadAsUtf8ThenAccentsIntact() throws IOException {
        assertThat(bundle("it").getProperty(TaxIdMessages.INVALID_MONTH)).contains("9° carattere", "è valido");
    }

    private static Set<String> keyConstants() {
        return Arrays.stream(TaxIdMessages.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TaxIdMessagesTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String locale) throws IOException {
        String path = "/theme-resources/messages/messages_" + locale + ".properties";
        try (InputStream stream = TaxIdMessagesTest.class.getResourceAsStream(path)) {
            assertThat(stream).as(path).isNotNull();
            // Keycloak 26 reads theme message bundles as UTF-8.
            try (Reader reader = new InputStreamReader(stream, UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }
}
