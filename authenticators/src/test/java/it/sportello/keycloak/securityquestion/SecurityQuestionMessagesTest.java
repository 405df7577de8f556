package it.sportello.keycloak.securityquestion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The security questions' texts in the bundles Keycloak adds to every theme; the message keys are in MessageKeysTest. */
class SecurityQuestionMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void bundleWhenLoadedThenHasTextForEveryQuestion(String locale) throws IOException {
        Properties bundle = bundle(locale);

        assertThat(SecurityQuestions.KEYS)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void bundleWhenLoadedThenQuestionsFitMessageFormatAndTheLengthTextHasBothBounds(String locale) throws IOException {
        // texts go through MessageFormat, which drops a plain apostrophe: they use ’ instead (the message keys'
        // texts are checked with every feature's in MessageKeysTest)
        Properties bundle = bundle(locale);

        assertThat(SecurityQuestions.KEYS)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'", "{", "}"));
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
