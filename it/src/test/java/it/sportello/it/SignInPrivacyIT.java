package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.RealmUsers;
import it.sportello.it.support.SignInHttpSession;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/**
 * What a visitor types as username (a customer code, an email address, possibly a password typed in the wrong field)
 * reaches neither the stored sign-in events, which name the user by id only, nor the server's log.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class SignInPrivacyIT {

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @Test
    void signInWithCodeOrEmailThenNeitherStoredEventsNorServerLogHoldWhatWasTyped() throws Exception {
        long logMark = Files.size(SportelloServerConfig.SERVER_LOG);
        UserRepresentation conti = RealmUsers.find(realm, "c0005");
        UserRepresentation acqua = RealmUsers.find(realm, "c0002");
        RealmUsers.setPassword(realm, acqua, "Acqua-Chiara-2026");
        List<String> typed = List.of("C0005", "amministrazione@acquachiara.example", "Z9876", "nessuno@example.com");

        SignInHttpSession visitor = new SignInHttpSession(
                new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                        .authorizationUrl("it"));
        for (String username : typed) {
            assertThat(visitor.signIn(username, "Sbagliata-2026").status()).isEqualTo(200);
        }
        assertThat(visitor.signIn("amministrazione@acquachiara.example", "Acqua-Chiara-2026")
                        .status())
                .as("signed in: redirected to the client")
                .isEqualTo(302);

        List<EventRepresentation> events =
                realm.admin().getEvents(List.of("LOGIN_ERROR", "LOGIN"), null, null, null, null, null, 0, 100);
        assertThat(events).extracting(EventRepresentation::getType).contains("LOGIN_ERROR", "LOGIN");
        assertThat(events)
                .as("the wrong password of an existing customer names the customer by id")
                .anySatisfy(e -> assertThat(e.getUserId()).isEqualTo(conti.getId()));
        // Keycloak itself adds the username to the LOGIN event of a successful sign-in, after the form: that one is
        // the user's own, and names the user by id as well; the failed attempts must hold nothing typed
        String stored = JsonSerialization.writeValueAsString(events.stream()
                        .filter(e -> "LOGIN_ERROR".equals(e.getType()))
                        .toList())
                .toLowerCase(Locale.ROOT);
        String log = logSince(logMark).toLowerCase(Locale.ROOT);
        // both places checked, whichever fails
        SoftAssertions softly = new SoftAssertions();
        for (String value : typed) {
            softly.assertThat(stored).as("stored events").doesNotContain(value.toLowerCase(Locale.ROOT));
            softly.assertThat(log).as("server log").doesNotContain(value.toLowerCase(Locale.ROOT));
        }
        softly.assertAll();
    }

    /** What the server wrote to its log file since the mark; the file handler flushes every record. */
    private static String logSince(long mark) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(SportelloServerConfig.SERVER_LOG.toFile(), "r")) {
            long length = file.length();
            assertThat(mark)
                    .as("the server logs to %s", SportelloServerConfig.SERVER_LOG)
                    .isPositive();
            byte[] bytes = new byte[(int) Math.max(0, length - mark)];
            file.seek(Math.min(mark, length));
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
