package it.sportello.keycloak.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.MessageBundles;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate-limit text's plural, which the other bundle checks cannot see. */
class RateLimitMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void rateLimitTextSaysSingularAndPluralMinutes(String language) throws Exception {
        String pattern = load(language).getProperty(RateLimitMessages.RATE_LIMITED);
        Locale locale = Locale.forLanguageTag(language);

        String one = new MessageFormat(pattern, locale).format(new Object[] {1L});
        String many = new MessageFormat(pattern, locale).format(new Object[] {15L});

        assertThat(one).contains(language.equals("en") ? "1 minute " : "1 minuto ");
        assertThat(many).contains(language.equals("en") ? "15 minutes" : "15 minuti");
    }

    private static Properties load(String language) throws IOException {
        return MessageBundles.load(language);
    }
}
