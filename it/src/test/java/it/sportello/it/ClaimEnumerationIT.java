package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.ClaimHttpSession.Attempt;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.TimingStatistics;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * No account enumeration through claiming: for an existing code with a wrong tax ID and for a code that does not
 * exist, the server answers with the same status, the same page, and response times drawn from the same
 * distribution (many interleaved samples, a rank test, not one call).
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ClaimEnumerationIT {

    private static final int WARM_UP = 10;
    private static final int SAMPLES = 150;
    /** Above this one kind of attempt is systematically slower (two-sided p below 0.0005). */
    private static final double MAX_Z = 3.5;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @Test
    void claimWhenCodeUnknownOrTaxIdWrongThenSameStatusSamePageSameTiming() throws Exception {
        // hundreds of failures from one address: the abuse limits (ClaimAbuseIT) would stop them long before
        FlowConfigs.claimVerify(
                realm, Map.of("ipFailureLimit", "0", "codeFailureLimit", "0", "captchaAfterFailures", "0"));
        String url = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .registrationUrl("it");
        ClaimHttpSession visitor = new ClaimHttpSession(url);
        // a valid codice fiscale that belongs to another customer: the format passes, the pair does not
        String taxId = "RSSMRA85T10A562S";

        Attempt wrongTaxId = visitor.verify("C0002", taxId);
        Attempt unknownCode = visitor.verify("Z9999", taxId);
        assertThat(wrongTaxId.status()).isEqualTo(unknownCode.status()).isEqualTo(200);
        assertThat(wrongTaxId.body()).contains("Non troviamo un cliente con questi dati.");
        assertThat(ClaimHttpSession.comparable(wrongTaxId.body().replace("C0002", "")))
                .isEqualTo(ClaimHttpSession.comparable(unknownCode.body().replace("Z9999", "")));

        for (int i = 0; i < WARM_UP; i++) {
            visitor.verify(i % 2 == 0 ? "C0002" : "Z9999", taxId);
        }
        long[] existing = new long[SAMPLES];
        long[] unknown = new long[SAMPLES];
        Random order = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            // interleaved in random order so drift in the machine's load hits both alike
            if (order.nextBoolean()) {
                existing[i] = visitor.verify("C0002", taxId).nanos();
                unknown[i] = visitor.verify("Z9999", taxId).nanos();
            } else {
                unknown[i] = visitor.verify("Z9999", taxId).nanos();
                existing[i] = visitor.verify("C0002", taxId).nanos();
            }
        }

        double z = TimingStatistics.mannWhitneyZ(existing, unknown);
        System.out.printf(
                "claim timing: existing code median %.2f ms, unknown code median %.2f ms, Mann-Whitney z = %.2f%n",
                TimingStatistics.median(existing) / 1e6, TimingStatistics.median(unknown) / 1e6, z);
        assertThat(Math.abs(z)).as("Mann-Whitney z of existing vs unknown code").isLessThan(MAX_Z);
    }
}
