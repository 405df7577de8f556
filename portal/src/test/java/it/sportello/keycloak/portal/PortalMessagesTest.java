package it.sportello.keycloak.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
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

/** Every message key the API uses is in both bundles, every problem has its detail, and every text formats. */
class PortalMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void everyKeyIsInTheBundleAndFormats(String language) throws Exception {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(
                PortalMessagesTest.class.getResourceAsStream(
                        "/theme-resources/messages/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        List<String> keys = new ArrayList<>();
        for (Field field : PortalMessages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().endsWith("_PREFIX")) {
                String key = (String) field.get(null);
                keys.add(key);
                if (field.getName().startsWith("PROBLEM_")) {
                    keys.add(key + "Detail");
                }
            }
        }
        // the notification mails' category labels: the demo CRM's request types and the support form's ACCESS
        for (String category : List.of("BILLING", "READINGS", "SUPPLY", "FAULT", "CONTRACT", "OTHER", "ACCESS")) {
            keys.add(PortalMessages.TICKET_CATEGORY_PREFIX + category);
        }
        keys.add(PortalMessages.MAIL_TICKET_STATUS_PREFIX + "IN_PROGRESS");
        for (String key : keys) {
            assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank();
            String text = new MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {1, 2, 3, 4});
            assertThat(text).as(language + " " + key).doesNotContain("''");
        }
    }
}
