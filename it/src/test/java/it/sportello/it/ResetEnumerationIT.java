package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.ResetHttpSession;
import it.sportello.it.support.ResetHttpSession.Attempt;
import it.sportello.it.support.TimingStatistics;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * No account enumeration through password recovery: for an existing customer (who gets a reset email, sent while the
 * request runs) and for a code that does not exist (no email), the server answers with the same status, the same
 * page, and response times drawn from the same distribution (interleaved samples in an order where each kind follows
 * each kind equally often, a rank test, not one call).
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ResetEnumerationIT {

    private static final int WARM_UP = 6;
    /** Per kind; even, so that the cycle of four below gives each kind as many. */
    private static final int SAMPLES = 60;
    /** Above this one kind of request is systematically slower (two-sided p below 0.0005). */
    private static final double MAX_Z = 3.5;
    /** The realm's response floor of the choose-user step. */
    private static final long FLOOR_NANOS = 300_000_000L;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @Test
    void resetWhenAccountExistsOrNotThenSameStatusSamePageSameTiming() throws Exception {
        // the samples all come from one address: without this the attempt limit would answer them; and the existing
        // account gets its mail every time (no mail interval), the slowest path, which the floor must cover. After a
        // few requests the page asks for the proof of work: the session solves it before each timed post.
        FlowConfigs.resetChooseUser(realm, Map.of("ipAttemptLimit", "0", "accountMailIntervalMinutes", "0"));
        try {
            int mailsBefore = mail.getReceivedMessages().length;
            ResetHttpSession visitor = new ResetHttpSession(
                    new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                            .authorizationUrl("it"));

            Attempt existing = visitor.request("C0002");
            Attempt unknown = visitor.request("Z9999");
            assertThat(existing.status()).isEqualTo(unknown.status()).isEqualTo(200);
            assertThat(existing.body()).contains("Se esiste un account per i dati inseriti");
            // line by line, so a difference shows as the lines that differ; the sign-in page shows what was typed
            assertThat(ResetHttpSession.comparable(existing.body().replace("C0002", ""))
                            .lines())
                    .containsExactlyElementsOf(
                            ResetHttpSession.comparable(unknown.body().replace("Z9999", ""))
                                    .lines()
                                    .toList());
            assertThat(mail.waitForIncomingEmail(10_000, mailsBefore + 1))
                    .as("the existing customer got the reset email")
                    .isTrue();

            for (int i = 0; i < WARM_UP; i++) {
                visitor.request(i % 2 == 0 ? "C0002" : "Z9999");
            }
            long[] existingNanos = new long[SAMPLES];
            long[] unknownNanos = new long[SAMPLES];
            // what one request leaves behind (the mail server's work, garbage to collect) slows the next one, and
            // only requests for an existing account send a mail: each kind must follow each kind equally often, or
            // that carry-over is counted against the kind that more often comes second (with pairs in random order,
            // an unknown code follows an existing account three times in four, an existing account only once). The
            // cycle existing, existing, unknown, unknown holds each of the four successions once.
            int offset = new Random(42).nextInt(4);
            long[][] byPrevious = new long[4][SAMPLES];
            int[] counts = new int[4];
            boolean previousExisting = false; // the warm-up ends with an unknown code
            int e = 0;
            int u = 0;
            for (int k = 0; k < 2 * SAMPLES; k++) {
                boolean known = (k + offset) % 4 < 2;
                long nanos = visitor.request(known ? "C0002" : "Z9999").nanos();
                if (known) {
                    existingNanos[e++] = nanos;
                } else {
                    unknownNanos[u++] = nanos;
                }
                int cell = (known ? 2 : 0) + (previousExisting ? 1 : 0);
                byPrevious[cell][counts[cell]++] = nanos;
                previousExisting = known;
            }
            System.out.printf(
                    "reset timing by previous request: unknown after unknown %.2f ms, unknown after existing %.2f ms,"
                            + " existing after unknown %.2f ms, existing after existing %.2f ms%n",
                    median(byPrevious[0], counts[0]),
                    median(byPrevious[1], counts[1]),
                    median(byPrevious[2], counts[2]),
                    median(byPrevious[3], counts[3]));

            double z = TimingStatistics.mannWhitneyZ(existingNanos, unknownNanos);
            System.out.printf(
                    "reset timing: existing account median %.2f ms, unknown median %.2f ms, Mann-Whitney z = %.2f%n",
                    TimingStatistics.median(existingNanos) / 1e6, TimingStatistics.median(unknownNanos) / 1e6, z);
            assertThat(TimingStatistics.median(unknownNanos))
                    .as("the floor pads the answers")
                    .isGreaterThanOrEqualTo(FLOOR_NANOS);
            assertThat(Math.abs(z))
                    .as("Mann-Whitney z of existing vs unknown account")
                    .isLessThan(MAX_Z);
        } finally {
            FlowConfigs.resetChooseUser(realm, Map.of("ipAttemptLimit", "20", "accountMailIntervalMinutes", "5"));
        }
    }

    private static double median(long[] values, int count) {
        return count == 0 ? Double.NaN : TimingStatistics.median(java.util.Arrays.copyOf(values, count)) / 1e6;
    }
}
