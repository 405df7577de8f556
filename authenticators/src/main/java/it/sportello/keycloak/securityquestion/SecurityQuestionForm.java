package it.sportello.keycloak.securityquestion;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.utils.FormMessage;

/**
 * The setup page's form, read and checked before anything is stored: a question from the allowed list, an answer
 * within bounds, and the same answer twice (after normalization, since that is what gets stored). Each bad field gets
 * its own message; the answers are never sent back to the page.
 */
public final class SecurityQuestionForm {

    public static final String QUESTION = "securityQuestion";
    public static final String ANSWER = "securityAnswer";
    public static final String ANSWER_CONFIRM = "securityAnswerConfirm";

    private final String questionKey;
    private final SecurityQuestionAnswer answer;
    private final List<FormMessage> errors;

    private SecurityQuestionForm(String questionKey, SecurityQuestionAnswer answer, List<FormMessage> errors) {
        this.questionKey = questionKey;
        this.answer = answer;
        this.errors = errors;
    }

    /** Reads the fields with the questions a customer may choose ({@link SecurityQuestions#KEYS}). */
    public static SecurityQuestionForm read(MultivaluedMap<String, String> form) {
        return read(form, SecurityQuestions.KEYS);
    }

    static SecurityQuestionForm read(MultivaluedMap<String, String> form, List<String> allowedQuestions) {
        List<FormMessage> errors = new ArrayList<>();
        String question = form.getFirst(QUESTION);
        if (question == null || !allowedQuestions.contains(question)) {
            // empty, or not on the list (a tampered post or a question withdrawn meanwhile): same message
            errors.add(new FormMessage(QUESTION, SecurityQuestionMessages.QUESTION_REQUIRED));
            question = null;
        }
        String rawAnswer = form.getFirst(ANSWER);
        Optional<SecurityQuestionAnswer> answer = SecurityQuestionAnswer.parse(rawAnswer);
        if (rawAnswer == null || rawAnswer.isBlank()) {
            errors.add(new FormMessage(ANSWER, SecurityQuestionMessages.ANSWER_REQUIRED));
        } else if (answer.isEmpty()) {
            errors.add(new FormMessage(
                    ANSWER,
                    SecurityQuestionMessages.ANSWER_LENGTH,
                    SecurityQuestionAnswer.MIN_LENGTH,
                    SecurityQuestionAnswer.MAX_LENGTH));
        } else if (!answer.equals(SecurityQuestionAnswer.parse(form.getFirst(ANSWER_CONFIRM)))) {
            errors.add(new FormMessage(ANSWER_CONFIRM, SecurityQuestionMessages.ANSWER_MISMATCH));
        }
        return new SecurityQuestionForm(question, answer.orElse(null), List.copyOf(errors));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FormMessage> errors() {
        return errors;
    }

    /** The chosen question when allowed, else null. */
    public String questionKey() {
        return questionKey;
    }

    /** The answer when valid, else null. */
    public SecurityQuestionAnswer answer() {
        return answer;
    }
}
