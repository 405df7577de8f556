package it.sportello.keycloak.claim;

import it.sportello.keycloak.securityquestion.SecurityQuestionForm;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.validation.Validation;

/**
 * The completion step's form, read and checked before any account is touched: the address (the email of record as it
 * is, or the typed one), and for a self-service claim the password twice and, when asked, the security question.
 */
final class ClaimCompleteForm {

    static final String EMAIL = "email";
    static final String PASSWORD = "password";
    static final String PASSWORD_CONFIRM = "password-confirm";
    /** The optional "verify a mobile number next" checkbox. */
    static final String VERIFY_MOBILE = "verifyMobile";

    static final String ADD_RECOVERY_EMAIL = "addRecoveryEmail";

    static final int MAX_EMAIL_LENGTH = 254;

    private final boolean selfService;
    private final String email;
    private final String password;
    private final SecurityQuestionForm securityQuestion;
    private final List<FormMessage> errors;

    private ClaimCompleteForm(
            boolean selfService,
            String email,
            String password,
            SecurityQuestionForm securityQuestion,
            List<FormMessage> errors) {
        this.selfService = selfService;
        this.email = email;
        this.password = password;
        this.securityQuestion = securityQuestion;
        this.errors = List.copyOf(errors);
    }

    static ClaimCompleteForm read(MultivaluedMap<String, String> input, Claimant claimant, ClaimCompleteConfig config) {
        boolean selfService = claimant.selfService(config);
        // an email of record is used as it is: a typed one is never read then
        String email = claimant.emailOfRecord() == null ? trimmed(input.getFirst(EMAIL)) : claimant.emailOfRecord();
        String password = input.getFirst(PASSWORD);
        List<FormMessage> errors = new ArrayList<>();
        if (claimant.emailOfRecord() == null) {
            errors.addAll(emailErrors(email));
        }
        if (selfService) {
            errors.addAll(passwordErrors(password, input.getFirst(PASSWORD_CONFIRM)));
        }
        SecurityQuestionForm securityQuestion =
                selfService && config.asksSecurityQuestion() ? SecurityQuestionForm.read(input) : null;
        if (securityQuestion != null) {
            errors.addAll(securityQuestion.errors());
        }
        return new ClaimCompleteForm(selfService, email, password, securityQuestion, errors);
    }

    /** Whether the customer sets the password here; otherwise the account gets the activation link. */
    boolean selfService() {
        return selfService;
    }

    String email() {
        return email;
    }

    String password() {
        return password;
    }

    /** The question and answer to set up, or null when the step does not ask them. */
    SecurityQuestionForm securityQuestion() {
        return securityQuestion;
    }

    List<FormMessage> errors() {
        return errors;
    }

    /** Whether the customer ticked "verify a mobile number next" (a checkbox sends {@code on}). */
    static boolean verifyMobileChosen(MultivaluedMap<String, String> input) {
        return ticked(input, VERIFY_MOBILE);
    }

    /** Whether the customer ticked "add a backup email address next". */
    static boolean recoveryEmailChosen(MultivaluedMap<String, String> input) {
        return ticked(input, ADD_RECOVERY_EMAIL);
    }

    private static boolean ticked(MultivaluedMap<String, String> input, String checkbox) {
        String value = input.getFirst(checkbox);
        return "on".equals(value) || "true".equals(value);
    }

    static List<FormMessage> emailErrors(String email) {
        if (email.isEmpty()) {
            return List.of(new FormMessage(EMAIL, ClaimMessages.EMAIL_REQUIRED));
        }
        if (email.length() > MAX_EMAIL_LENGTH || !Validation.isEmailValid(email)) {
            return List.of(new FormMessage(EMAIL, ClaimMessages.EMAIL_INVALID));
        }
        return List.of();
    }

    static List<FormMessage> passwordErrors(String password, String confirmation) {
        if (password == null || password.isEmpty()) {
            return List.of(new FormMessage(PASSWORD, ClaimMessages.PASSWORD_REQUIRED));
        }
        if (!password.equals(confirmation)) {
            return List.of(new FormMessage(PASSWORD_CONFIRM, ClaimMessages.PASSWORD_MISMATCH));
        }
        return List.of();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
