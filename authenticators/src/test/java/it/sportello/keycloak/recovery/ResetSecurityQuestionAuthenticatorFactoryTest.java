package it.sportello.keycloak.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialModel;
import org.junit.jupiter.api.Test;
import org.keycloak.services.managers.DefaultBruteForceProtector;

class ResetSecurityQuestionAuthenticatorFactoryTest {

    private final ResetSecurityQuestionAuthenticatorFactory factory = new ResetSecurityQuestionAuthenticatorFactory();

    @Test
    void wrongAnswersStayBruteForceFailures() {
        // Keycloak counts failures of a step without a category, or with one of its own list; any other is ignored
        String category = factory.getReferenceCategory();
        assertThat(category == null || DefaultBruteForceProtector.ALLOWED_AUTHENTICATION_CATEGORIES.contains(category))
                .isTrue();
    }

    @Test
    void securityQuestionListedInTheAccountConsole() {
        assertThat(factory.getOptionalReferenceCategories(null)).contains(SecurityQuestionCredentialModel.TYPE);
    }
}
