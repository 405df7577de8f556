package it.sportello.keycloak.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.portal.ProblemException;
import org.junit.jupiter.api.Test;

class TicketVersionsTest {

    @Test
    void theEtagOfAVersionIsReadBackWhateverItsForm() {
        assertThat(TicketVersions.etag(7)).isEqualTo("\"7\"");
        assertThat(TicketVersions.required(TicketVersions.etag(7))).isEqualTo(7);
        assertThat(TicketVersions.required("W/\"7\"")).isEqualTo(7);
        assertThat(TicketVersions.required(" 7 ")).isEqualTo(7);
    }

    @Test
    void noVersionIs428AndAnythingElse409() {
        for (String missing : new String[] {null, "", " ", "*"}) {
            assertThatThrownBy(() -> TicketVersions.required(missing))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.problem().status()).isEqualTo(428));
        }
        for (String other : new String[] {"\"abc\"", "-1", "\"1\", \"2\"", "99999999999999999999"}) {
            assertThatThrownBy(() -> TicketVersions.required(other))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(409);
                        assertThat(e.problem().type()).isEqualTo("urn:sportello:problem:ticket-changed");
                    });
        }
    }
}
