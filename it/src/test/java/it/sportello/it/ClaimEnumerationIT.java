package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.ClaimHttpSession.Attempt;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.TimingStatistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * No account enumeration through claiming: for a code that does not exist, an existing code with a wrong tax ID, the
 * right code and tax ID with a wrong invoice number, and a customer without any invoice in the last 12 months, the
 * server answers with the same status, the same page, and response times drawn from the same distribution (many
 * interleaved samples, a rank test against the unknown code, not one call).
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ClaimEnumerationIT {

    private static final int WARM_UP = 10;
    private static final int SAMPLES = 150;
    /** Above this one kind of attempt is systematically slower (two-sided p below 0.0005). */
    private static final double MAX_Z = 3.5;

    /** A kind of failed attempt: what is typed, and the code to take out of the page before comparing. */
    private record Kind(String name, String code, String taxId, String invoiceNumber) {}

    private static final Kind UNKNOWN_CODE = new Kind("unknown code", "Z9999", "RSSMRA85T10A562S", "FTC-000106");
    /** A valid codice fiscale that belongs to another customer: the format passes, the pair does not. */
    private static final Kind WRONG_TAX_ID = new Kind("wrong tax ID", "C0002", "RSSMRA85T10A562S", "FTC-000106");
    /** Luce Verde's code and partita IVA, with Stefano Conti's invoice. */
    private static final Kind WRONG_INVOICE = new Kind("wrong invoice number", "C0006", "24681350013", "FTC-000105");
    /** Servizi Sud's code and partita IVA: a supplier without any invoice. */
    private static final Kind NO_INVOICE_IN_WINDOW =
            new Kind("no invoice in the window", "F0002", "76543210587", "FTC-000106");

    private static final List<Kind> KINDS = List.of(UNKNOWN_CODE, WRONG_TAX_ID, WRONG_INVOICE, NO_INVOICE_IN_WINDOW);

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @Test
    void claimWhenCodeUnknownTaxIdWrongInvoiceWrongOrNoInvoiceThenSameStatusSamePageSameTiming() throws Exception {
        // hundreds of failures from one address: the abuse limits (ClaimAbuseIT) would stop them long before
        FlowConfigs.claimVerify(
                realm, Map.of("ipFailureLimit", "0", "codeFailureLimit", "0", "captchaAfterFailures", "0"));
        String url = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .registrationUrl("it");
        ClaimHttpSession visitor = new ClaimHttpSession(url);

        Attempt unknown = attempt(visitor, UNKNOWN_CODE);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("Non troviamo un cliente con questi dati.");
        String unknownPage = ClaimHttpSession.comparable(unknown.body().replace(UNKNOWN_CODE.code(), ""));
        for (Kind kind : KINDS) {
            Attempt attempt = attempt(visitor, kind);
            assertThat(attempt.status()).as(kind.name()).isEqualTo(200);
            assertThat(ClaimHttpSession.comparable(attempt.body().replace(kind.code(), "")))
                    .as(kind.name())
                    .isEqualTo(unknownPage);
        }

        for (int i = 0; i < WARM_UP; i++) {
            attempt(visitor, KINDS.get(i % KINDS.size()));
        }
        Map<Kind, long[]> nanos = new LinkedHashMap<>();
        KINDS.forEach(kind -> nanos.put(kind, new long[SAMPLES]));
        Random order = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            // interleaved in random order so drift in the machine's load hits every kind alike
            List<Kind> round = new ArrayList<>(KINDS);
            Collections.shuffle(round, order);
            for (Kind kind : round) {
                nanos.get(kind)[i] = attempt(visitor, kind).nanos();
            }
        }

        for (Kind kind : List.of(WRONG_TAX_ID, WRONG_INVOICE, NO_INVOICE_IN_WINDOW)) {
            double z = TimingStatistics.mannWhitneyZ(nanos.get(kind), nanos.get(UNKNOWN_CODE));
            System.out.printf(
                    "claim timing: %s median %.2f ms, unknown code median %.2f ms, Mann-Whitney z = %.2f%n",
                    kind.name(),
                    TimingStatistics.median(nanos.get(kind)) / 1e6,
                    TimingStatistics.median(nanos.get(UNKNOWN_CODE)) / 1e6,
                    z);
            assertThat(Math.abs(z))
                    .as("Mann-Whitney z of " + kind.name() + " vs unknown code")
                    .isLessThan(MAX_Z);
        }
    }

    private static Attempt attempt(ClaimHttpSession visitor, Kind kind) throws Exception {
        return visitor.verify(kind.code(), kind.taxId(), kind.invoiceNumber());
    }
}
