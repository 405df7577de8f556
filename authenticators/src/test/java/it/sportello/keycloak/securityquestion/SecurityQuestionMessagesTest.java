package it.sportello.keycloak.securityquestion;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles in {@code theme-resources/messages}, which Keycloak adds to every theme, hold every key we use. */
class SecurityQuestionMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void bundleWhenLoadedThenHasTextForEveryKeyAndQuestion(String locale) throws IOException {
        Properties bundle = bundle(locale);

        assertThat(allKeys())
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void bundleWhenLoadedThenNoPlainApostropheAndPlaceholdersOnlyWhereParametersAre(String locale) throws IOException {
        // texts go through MessageFormat, which drops a plain apostrophe: they use ’ instead
        Properties bundle = bundle(locale);

        assertThat(allKeys())
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
        assertThat(allKeys())
                .filteredOn(key -> !key.equals(SecurityQuestionMessages.ANSWER_LENGTH))
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("{", "}"));
        assertThat(bundle.getProperty(SecurityQuestionMessages.ANSWER_LENGTH)).contains("{0}", "{1}");
    }

    @Test
    void italianBundleWhenReadAsUtf8ThenAccentsIntact() throws IOException {
        assertThat(bundle("it").getProperty(SecurityQuestions.MOTHER_MAIDEN_NAME))
                .contains("Qual è");
    }

    @Test
    void questionKeysWhenListedThenDistinctAndAllowed() {
        assertThat(SecurityQuestions.KEYS).doesNotHaveDuplicates().allMatch(SecurityQuestions::isAllowed);
        assertThat(SecurityQuestions.isAllowed(null)).isFalse();
        assertThat(SecurityQuestions.isAllowed("sportelloQuestionFavouriteColour"))
                .isFalse();
    }

    private static Set<String> allKeys() {
        Stream<String> messageKeys = Arrays.stream(SecurityQuestionMessages.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(SecurityQuestionMessagesTest::value);
        return Stream.concat(messageKeys, SecurityQuestions.KEYS.stream()).collect(Collectors.toSet());
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
        try (InputStream stream = SecurityQuestionMessagesTest.class.getResourceAsStream(path)) {
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
