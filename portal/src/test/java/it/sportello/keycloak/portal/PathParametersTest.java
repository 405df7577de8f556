package it.sportello.keycloak.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

/** Which path ids the endpoints answer 404 before any CRM lookup. */
class PathParametersTest {

    @Test
    void idWithANulCharacterIsUnmatchable() {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add("id", "1001");
        parameters.add("readingId", "r\u00001");

        assertThat(PathParameters.unmatchable(parameters)).isTrue();
    }

    @Test
    void anyOtherTextIsLookedUp() {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add("id", "../../etc/passwd");
        parameters.add("number", "FT2025-000001 \u202e\u0001");

        assertThat(PathParameters.unmatchable(parameters)).isFalse();
        assertThat(PathParameters.unmatchable(new MultivaluedHashMap<>())).isFalse();
    }
}
