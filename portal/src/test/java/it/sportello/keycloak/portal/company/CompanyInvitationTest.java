package it.sportello.keycloak.portal.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.ProblemException;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The body of {@code POST /company/members}: what an invitation needs before any user is looked up or created. */
class CompanyInvitationTest {

    @Test
    void colleagueIsInvitedWithTrimmedNamesAndLowerCaseAddress() throws Exception {
        CompanyInvitation invitation =
                parse("{\"firstName\": \" Anna \", \"lastName\": \"Neri\", \"email\": \" Anna.Neri@Example.com \"}");

        assertThat(invitation).isEqualTo(new CompanyInvitation("Anna", "Neri", "anna.neri@example.com", null));
    }

    @Test
    void companyIsTakenAsNamed() throws Exception {
        assertThat(parse("{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@example.com\", "
                                + "\"company\": \" acqua-chiara \"}")
                        .company())
                .isEqualTo("acqua-chiara");
    }

    @Test
    void missingBlankWrongTypeTooLongAndMalformedAreFieldErrorsAllAtOnce() {
        assertThatThrownBy(() -> parse("{\"firstName\": \"  \", \"lastName\": 7, \"email\": \"not an address\"}"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors())
                            .extracting(FieldError::field)
                            .containsExactly("firstName", "lastName", "email");
                });
        assertThatThrownBy(() -> parse("{\"firstName\": \"" + "a".repeat(101) + "\", \"lastName\": \"B\"}"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.problem().errors())
                                .extracting(FieldError::field)
                                .containsExactly("firstName", "email"));
        assertThatThrownBy(() -> parse("{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@example.com\", "
                        + "\"company\": 3}"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.problem().errors())
                                .extracting(FieldError::field)
                                .containsExactly("company"));
    }

    private static CompanyInvitation parse(String json) throws Exception {
        return CompanyInvitation.parse(JsonSerialization.mapper.readTree(json));
    }
}
