package it.sportello.keycloak;

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

/** What the message-key tests of every feature read: this jar's bundles and a feature's key constants. */
public final class MessageBundles {

    private MessageBundles() {}

    /** The jar's {@code theme-resources/messages/messages_<language>.properties}, read as UTF-8. */
    public static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream(
                "/theme-resources/messages/messages_" + language + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The values of the class's static String constants: a feature's message keys. */
    public static List<String> keysOf(Class<?> messages) throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }
}
