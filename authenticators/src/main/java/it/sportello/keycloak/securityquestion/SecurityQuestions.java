package it.sportello.keycloak.securityquestion;

import java.util.List;

/**
 * The questions a customer can choose from, as message keys: the credential stores the key, never free text, so a
 * question reads the same in every language and nobody can type a question that gives its own answer away.
 */
public final class SecurityQuestions {

    public static final String FIRST_SCHOOL = "sportelloQuestionFirstSchool";
    public static final String MOTHER_MAIDEN_NAME = "sportelloQuestionMotherMaidenName";
    public static final String FIRST_CAR = "sportelloQuestionFirstCar";
    public static final String CHILDHOOD_STREET = "sportelloQuestionChildhoodStreet";
    public static final String FAVOURITE_TEACHER = "sportelloQuestionFavouriteTeacher";

    /** In the order the setup page lists them. */
    public static final List<String> KEYS =
            List.of(FIRST_SCHOOL, MOTHER_MAIDEN_NAME, FIRST_CAR, CHILDHOOD_STREET, FAVOURITE_TEACHER);

    private SecurityQuestions() {}

    public static boolean isAllowed(String questionKey) {
        return questionKey != null && KEYS.contains(questionKey);
    }
}
