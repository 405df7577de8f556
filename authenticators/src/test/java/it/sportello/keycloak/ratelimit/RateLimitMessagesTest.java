package it.sportello.keycloak.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.MessageBundles;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate-limit text's plural, which the other bundle checks cannot see. */
class RateLimitMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it", "ro"})
    void rateLimitTextSaysSingularAndPluralMinutes(String language) throws Exception {
        String pattern = load(language).getProperty(RateLimitMessages.RATE_LIMITED);
        Locale locale = Locale.forLanguageTag(language);

        String one = new MessageFormat(pattern, locale).format(new Object[] {1L});
        String many = new MessageFormat(pattern, locale).format(new Object[] {15L});

        String singular =
                Map.of("en", "1 minute ", "it", "1 minuto ", "ro", "1 minut ").get(language);
        String plural =
                Map.of("en", "15 minutes", "it", "15 minuti", "ro", "15 minute").get(language);
        assertThat(one).contains(singular);
        assertThat(many).contains(plural);
    }

    @Test
    void romanianTextSaysDeFromTwentyMinutes() throws Exception {
        String pattern = load("ro").getProperty(RateLimitMessages.RATE_LIMITED);
        Locale romanian = Locale.forLanguageTag("ro");

        assertThat(new MessageFormat(pattern, romanian).format(new Object[] {19L}))
                .contains(" 19 minute ");
        assertThat(new MessageFormat(pattern, romanian).format(new Object[] {20L}))
                .contains(" 20 de minute ");
    }

    private static Properties load(String language) throws IOException {
        return MessageBundles.load(language);
    }
}
