package it.sportello.keycloak.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbuseMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void everyKeyHasATextInBothLanguages(String language) throws Exception {
        Properties messages = load(language);

        assertThat(keys())
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void rateLimitTextSaysSingularAndPluralMinutes(String language) throws Exception {
        String pattern = load(language).getProperty(AbuseMessages.RATE_LIMITED);
        Locale locale = Locale.forLanguageTag(language);

        String one = new MessageFormat(pattern, locale).format(new Object[] {1L});
        String many = new MessageFormat(pattern, locale).format(new Object[] {15L});

        assertThat(one).contains(language.equals("en") ? "1 minute " : "1 minuto ");
        assertThat(many).contains(language.equals("en") ? "15 minutes" : "15 minuti");
    }

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : AbuseMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AbuseMessagesTest.class.getResourceAsStream(
                "/theme-resources/messages/messages_" + language + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
