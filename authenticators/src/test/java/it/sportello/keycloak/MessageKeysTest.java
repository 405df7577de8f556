package it.sportello.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every feature's message keys (the constants of its {@code ...Messages} class) have a text in both bundles of this
 * jar (the claiming pages' in the sportello login theme), fit for MessageFormat. Named by class name because most of the classes are package-private.
 */
class MessageKeysTest {

    /** Its texts are in the sportello login theme, beside the claiming templates. */
    private static final String CLAIM = "it.sportello.keycloak.claim.ClaimMessages";

    /** Its texts are in the sportello login theme too, beside the broker link templates. */
    private static final String BROKER = "it.sportello.keycloak.broker.BrokerLinkMessages";

    private static final List<String> MESSAGES = List.of(
            "it.sportello.keycloak.broker.loa.BrokerAssuranceMessages",
            "it.sportello.keycloak.captcha.CaptchaMessages",
            CLAIM,
            BROKER,
            "it.sportello.keycloak.login.LoginMessages",
            "it.sportello.keycloak.ratelimit.RateLimitMessages",
            "it.sportello.keycloak.recovery.RecoveryMessages",
            "it.sportello.keycloak.securityquestion.SecurityQuestionMessages",
            "it.sportello.keycloak.support.SupportMessages",
            "it.sportello.keycloak.verifymobile.VerifyMobileMessages",
            "it.sportello.keycloak.recoveryemail.VerifyRecoveryEmailMessages");

    /** The only texts the code formats with parameters; every other text must hold no placeholder. */
    private static final Set<String> WITH_PARAMETERS = Set.of(
            "sportelloBrokerConfirmNotice",
            "sportelloRateLimited",
            "sportelloSecurityQuestionAnswerLength",
            "sportelloSupportMessageHelp",
            "sportelloSupportTooLong",
            "sportelloResetSmsCodeWrong",
            "sportelloResetSmsText",
            "sportelloVerifyMobileCodeWrong",
            "sportelloVerifyMobileSmsText",
            "sportelloRecoveryEmailCodeWrong");

    static Stream<Arguments> messagesAndLanguages() {
        return MESSAGES.stream()
                .flatMap(messages -> Stream.of("en", "it", "ro").map(lang -> Arguments.of(messages, lang)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("messagesAndLanguages")
    void everyKeyHasATextWithoutPlainApostrophesAndPlaceholdersOnlyWhereParametersAre(String messages, String language)
            throws Exception {
        Properties bundle = messages.equals(CLAIM) || messages.equals(BROKER)
                ? MessageBundles.loadLoginTheme(language)
                : MessageBundles.load(language);

        assertThat(MessageBundles.keysOf(Class.forName(messages))).allSatisfy(key -> {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            // MessageFormat drops a plain apostrophe: the texts use ’ instead
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("'");
            if (!WITH_PARAMETERS.contains(key)) {
                assertThat(bundle.getProperty(key)).as(key).doesNotContain("{", "}");
            }
        });
    }
}
