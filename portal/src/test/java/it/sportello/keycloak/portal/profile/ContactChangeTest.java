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

    @Test
    void aChangeWithoutTheVersionItWasEditedFromIsAFieldError() {
        assertThatThrownBy(() -> ProfileResource.ContactChange.parse(
                        JsonSerialization.mapper.readTree("{\"phone\": \"+39 055 1\"}")))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.problem().errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("version")));
    }

    @Test
    void theVersionIsKeptTrimmed() throws Exception {
        assertThat(parse("{\"phone\": \"+39 055 1\"}").version()).isEqualTo("v1");
    }

    /** Parses the body with a version added, as every well-formed change carries one. */
    private static ProfileResource.ContactChange parse(String json) throws Exception {
        JsonNode node = JsonSerialization.mapper.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("version", " v1 ");
        return ProfileResource.ContactChange.parse(node);
    }
}
