package it.sportello.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matrix's "localized message" verdict: bundle texts pass, anything else does not. */
class PageMessagesTest {

    private final PageMessages messages = new PageMessages();

    @Test
    void textOfNoBundleIsNotLocalizedThoughABundleHoldsAPlaceholderOnlyText() {
        // Keycloak's loginTitleHtml={0} would match any text
        assertThat(messages.isLocalized("anything at all")).isFalse();
        assertThat(messages.isLocalized("Wrong code: 123456")).isFalse();
    }

    @Test
    void textsOfEveryModulesBundlesAreLocalizedWithTheirPlaceholdersFilled() {
        // user-storage's theme resources (the tax ID messages of the claim, reset and support forms)
        assertThat(messages.isLocalized("Enter your codice fiscale or partita IVA."))
                .isTrue();
        assertThat(messages.isLocalized("Il codice non è corretto. Tentativi rimasti: 2."))
                .isTrue();
    }
}
