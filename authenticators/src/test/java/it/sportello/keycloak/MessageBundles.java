package it.sportello.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The sportello login theme's {@code messages_<language>.properties} from the themes module's sources, read as
     * UTF-8: the claiming pages' texts live with their templates there, not in this jar.
     */
    public static Properties loadLoginTheme(String language) throws IOException {
        Path file = Path.of(
                "../themes/src/main/resources/theme/sportello/login/messages/messages_" + language + ".properties");
        assertThat(file).exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The values of the class's static String constants: a feature's message keys. */
    public static List<String> keysOf(Class<?> messages) throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                // the features' key classes are package-private
                field.setAccessible(true);
                keys.add((String) field.get(null));
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }
}
