package it.sportello.keycloak.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.keycloak.portal.ProblemException;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The body of {@code PUT /me/contact}: which email change it asks for, and what it refuses before any lookup. */
class ContactChangeTest {

    @Test
    void absentEmptyOrCurrentAddressAsksForNoEmailChange() throws Exception {
        assertThat(parse("{\"phone\": \"+39 055 1\"}").newEmail("a@example.com"))
                .isNull();
        assertThat(parse("{\"email\": \"  \"}").newEmail("a@example.com")).isNull();
        assertThat(parse("{\"email\": null}").newEmail("a@example.com")).isNull();
        assertThat(parse("{\"email\": \" A@Example.com \"}").newEmail("a@example.com"))
                .isNull();
    }

    @Test
    void anotherAddressIsAskedForTrimmed() throws Exception {
        assertThat(parse("{\"email\": \" b@example.com \"}").newEmail("a@example.com"))
                .isEqualTo("b@example.com");
        assertThat(parse("{\"email\": \"b@example.com\"}").newEmail(null)).isEqualTo("b@example.com");
    }

    @Test
    void malformedAddressIsAFieldErrorWhateverItsHolder() {
        assertThatThrownBy(() -> parse("{\"email\": \"not an address\"}"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.problem().errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("email")));
        assertThatThrownBy(() -> parse("{\"email\": \"" + "a".repeat(250) + "@example.com\"}"))
                .isInstanceOf(ProblemException.class);
    }

    private static ProfileResource.ContactChange parse(String json) throws Exception {
        JsonNode node = JsonSerialization.mapper.readTree(json);
        return ProfileResource.ContactChange.parse(node);
    }
}
