package it.sportello.keycloak.securityquestion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.FormMessage;

class SecurityQuestionFormTest {

    @Test
    void readWhenQuestionAllowedAndAnswersEqualThenValid() {
        SecurityQuestionForm form = read(SecurityQuestions.FIRST_SCHOOL, "Sant’Agata", "Sant’Agata");

        assertThat(form.isValid()).isTrue();
        assertThat(form.questionKey()).isEqualTo(SecurityQuestions.FIRST_SCHOOL);
        assertThat(form.answer())
                .isEqualTo(SecurityQuestionAnswer.parse("sant agata").orElseThrow());
    }

    @Test
    void readWhenConfirmationDiffersOnlyInCaseAccentsOrPunctuationThenValid() {
        assertThat(read(SecurityQuestions.FIRST_SCHOOL, "Sant’Agata", "SANT AGATA")
                        .isValid())
                .isTrue();
    }

    @Test
    void readWhenQuestionMissingThenQuestionError() {
        SecurityQuestionForm form = read(null, "Sant’Agata", "Sant’Agata");

        assertThat(form.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "securityQuestion", "sportelloSecurityQuestionQuestionRequired"));
    }

    @Test
    void readWhenQuestionNotOnTheListThenQuestionErrorAndNotKept() {
        SecurityQuestionForm form = read("What is my password?", "Sant’Agata", "Sant’Agata");

        assertThat(form.isValid()).isFalse();
        assertThat(form.questionKey()).isNull();
        assertThat(form.errors()).extracting(FormMessage::getField).containsExactly(SecurityQuestionForm.QUESTION);
    }

    @Test
    void readWhenAnswerBlankThenAnswerRequired() {
        SecurityQuestionForm form = read(SecurityQuestions.FIRST_CAR, "   ", "   ");

        assertThat(form.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "securityAnswer", "sportelloSecurityQuestionAnswerRequired"));
    }

    @Test
    void readWhenAnswerTooShortAfterNormalizingThenLengthErrorWithBounds() {
        SecurityQuestionForm form = read(SecurityQuestions.FIRST_CAR, "Ab!", "Ab!");

        assertThat(form.errors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo(SecurityQuestionForm.ANSWER);
            assertThat(error.getMessage()).isEqualTo(SecurityQuestionMessages.ANSWER_LENGTH);
            assertThat(error.getParameters()).containsExactly(3, 100);
        });
    }

    @Test
    void readWhenAnswerTooLongThenLengthError() {
        String longAnswer = "x".repeat(101);

        assertThat(read(SecurityQuestions.FIRST_CAR, longAnswer, longAnswer).errors())
                .extracting(FormMessage::getMessage)
                .containsExactly(SecurityQuestionMessages.ANSWER_LENGTH);
    }

    @Test
    void readWhenAnswersDifferThenMismatchOnConfirmation() {
        SecurityQuestionForm form = read(SecurityQuestions.FIRST_CAR, "Fiat Panda", "Fiat Punto");

        assertThat(form.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "securityAnswerConfirm", "sportelloSecurityQuestionAnswerMismatch"));
    }

    @Test
    void readWhenConfirmationMissingThenMismatch() {
        assertThat(read(SecurityQuestions.FIRST_CAR, "Fiat Panda", null).errors())
                .extracting(FormMessage::getField)
                .containsExactly(SecurityQuestionForm.ANSWER_CONFIRM);
    }

    @Test
    void readWhenQuestionAndAnswerBothBadThenBothReported() {
        assertThat(read("", "", "").errors())
                .extracting(FormMessage::getField)
                .containsExactly(SecurityQuestionForm.QUESTION, SecurityQuestionForm.ANSWER);
    }

    private static SecurityQuestionForm read(String question, String answer, String confirm) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (question != null) {
            form.putSingle(SecurityQuestionForm.QUESTION, question);
        }
        if (answer != null) {
            form.putSingle(SecurityQuestionForm.ANSWER, answer);
        }
        if (confirm != null) {
            form.putSingle(SecurityQuestionForm.ANSWER_CONFIRM, confirm);
        }
        return SecurityQuestionForm.read(form, SecurityQuestions.KEYS);
    }
}
