package it.sportello.benchmark.load;

import static it.sportello.benchmark.load.DefinedScenario.of;
import static it.sportello.benchmark.load.DefinedScenario.withTokens;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.crm.SyntheticMetering;
import it.sportello.benchmark.server.AdminApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scenarios of the benchmark against the {@code customer-portal} realm. Stock baselines use only what Keycloak
 * does without Sportello (a local user's login, refresh and userinfo); the others go through Sportello's providers.
 */
public final class Scenarios {

    /** Password of the stock baseline's local users. */
    public static final String LOCAL_PASSWORD = "Bench-Local-2026";

    public static final String LOCAL_USER_PREFIX = "bench-local-";

    /** The realm of the mailed journeys' stock baselines: Keycloak's own flows, theme and local users. */
    public static final String STOCK_REALM = AdminApi.STOCK_REALM;

    /** Domain of the local users' addresses, in both realms. */
    public static final String LOCAL_USER_DOMAIN = "@staff.example";

    private final String realmUrl;
    private final SyntheticCrm crm;
    private final int localUsers;
    private final Deployed deployed;
    private final AtomicLong turn = new AtomicLong();
    private final AtomicInteger nextCold;
    private final AtomicInteger nextClaim;
    private final AtomicInteger nextReset;
    private final FormJourneys journeys;
    private final StockJourneys stock;
    private final String stockRealmUrl;
    private final PortalReadings readings;
    private final ClaimQuestion claimQuestion;

    /** What the server under test has of the flows and APIs built in other branches, detected at run time. */
    public record Deployed(boolean resetFlow, boolean portalApi) {}

    /**
     * Turns the security question of the realm's claim completion on or off: each claim scenario sets its own before
     * its workers start, outside the measured window (the other variant's run may have changed it).
     */
    @FunctionalInterface
    public interface ClaimQuestion {
        void ask(boolean securityQuestion) throws Exception;
    }

    /**
     * @param warmTokens the warm customers' tokens from their first login, by index in the warm pool
     * @param clearReadings deletes the CRM's meter readings (before each reading run, outside the measured window):
     *     the database takes one reading per supply point and day, so each run needs supply points without one
     * @param concurrency threads that log the reading run's customers in before it
     * @param mail the links of the mails the sink received, which the mailed journeys follow
     * @param claimQuestion switches the claim's security question for the claim scenarios' two variants
     */
    public Scenarios(
            String realmUrl,
            SyntheticCrm crm,
            int localUsers,
            Deployed deployed,
            Map<Integer, Browser.Tokens> warmTokens,
            Runnable clearReadings,
            int concurrency,
            MailLinks mail,
            ClaimQuestion claimQuestion) {
        this.realmUrl = realmUrl;
        this.crm = crm;
        this.localUsers = localUsers;
        this.deployed = deployed;
        this.nextCold = new AtomicInteger(crm.pools().coldStart());
        this.nextClaim = new AtomicInteger(crm.pools().claimStart());
        this.nextReset = new AtomicInteger(crm.pools().resetStart());
        this.journeys = new FormJourneys(crm, mail);
        this.stock = new StockJourneys(mail);
        this.stockRealmUrl = realmUrl.replaceAll("/realms/[^/]+$", "/realms/" + STOCK_REALM);
        this.readings = new PortalReadings(realmUrl, crm, warmTokens, clearReadings, concurrency);
        this.claimQuestion = claimQuestion;
    }

    public List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        logins(all);
        journeys(all);
        portal(all);
        return all;
    }

    /** Logins and token refreshes: the stock baselines and the federated customers'. */
    private void logins(List<Scenario> all) {
        all.add(of("stock-login", "authorization-code login of a local user (stock Keycloak)", null, (b, i) -> () -> {
            b.login(localUser(), LOCAL_PASSWORD);
        }));
        all.add(of(
                "warm-login",
                "authorization-code login of a CRM customer already imported and migrated (warm)",
                "stock-login",
                (b, i) -> () -> b.login(warmCustomer(), SyntheticCrm.LEGACY_PASSWORD)));
        all.add(of(
                "cold-login",
                "first login of a CRM customer: import, legacy hash checked and migrated (cold)",
                "stock-login",
                (b, i) -> () -> b.login(
                        next(nextCold, crm.pools().coldStart() + crm.pools().cold(), "cold"),
                        SyntheticCrm.LEGACY_PASSWORD)));
        all.add(withTokens("stock-refresh", "token refresh of a local user (stock Keycloak)", null, (b, i) -> {
            Browser.Tokens[] tokens = {b.login(localUser(), LOCAL_PASSWORD)};
            return () -> tokens[0] = b.refresh(tokens[0].refreshToken());
        }));
        all.add(withTokens("warm-refresh", "token refresh of a federated CRM customer", "stock-refresh", (b, i) -> {
            Browser.Tokens[] tokens = {b.login(warmCustomer(), SyntheticCrm.LEGACY_PASSWORD)};
            return () -> tokens[0] = b.refresh(tokens[0].refreshToken());
        }));
    }

    /**
     * The mailed journeys, each from the first page to a signed-in token through the link in its mail: claiming an
     * account against Keycloak's own registration with email verification, Sportello's reset against Keycloak's.
     */
    private void journeys(List<Scenario> all) {
        all.add(of(
                "stock-register",
                "registration with email verification of a new local user, link followed (stock Keycloak)",
                null,
                (b, i) -> {
                    Browser inStock = b.inRealm(stockRealmUrl);
                    return () -> stock.register(inStock);
                }));
        all.add(claimScenario(
                "claim",
                "account claiming end to end: verify code, tax ID and invoice number, confirm, password + security"
                        + " question, verification link followed",
                true));
        all.add(claimScenario(
                "claim-no-question",
                "the same claim with the realm's claim completion asking no security question: password only",
                false));
        all.add(of(
                "stock-reset-forced-login",
                "password reset of a local user, link followed, then the sign-in Keycloak forces (stock Keycloak)",
                null,
                (b, i) -> {
                    Browser inStock = b.inRealm(stockRealmUrl.replaceAll("[^/]+$", AdminApi.STOCK_FORCED_LOGIN_REALM));
                    return () -> stock.resetThenSignIn(inStock, localUser());
                }));
        all.add(of(
                        "reset",
                        "reset by customer code of a customer who never signed in: choose-user form, link followed,"
                                + " new password (each operation uses up one customer)",
                        "stock-reset-forced-login",
                        (b, i) -> () -> journeys.reset(
                                b,
                                next(
                                        nextReset,
                                        crm.pools().resetStart() + crm.pools().reset(),
                                        "reset")))
                .skippedWhen(
                        deployed.resetFlow()
                                ? null
                                : "skipped: flow not deployed (no flow 'sportello reset credentials')"));
    }

    /** The portal API with a customer's bearer token, against the stock userinfo call. */
    private void portal(List<Scenario> all) {
        all.add(withTokens("stock-userinfo", "userinfo with a bearer token (stock Keycloak API call)", null, (b, i) -> {
            String token = b.login(localUser(), LOCAL_PASSWORD).accessToken();
            return () -> Browser.expect(b.getWithToken(realmUrl + "/protocol/openid-connect/userinfo", token), 200);
        }));
        String portalSkip =
                deployed.portalApi() ? null : "skipped: flow not deployed (portal/openapi.yaml answers 404)";
        all.add(withTokens(
                        "portal-supply-points", "GET portal/supply-points (bearer token)", "stock-userinfo", (b, i) -> {
                            String token = b.login(warmCustomer(), SyntheticCrm.LEGACY_PASSWORD)
                                    .accessToken();
                            return () -> Browser.expect(
                                    b.getWithToken(realmUrl + "/sportello-portal/supply-points", token), 200);
                        })
                .skippedWhen(portalSkip));
        all.add(withTokens(
                        "portal-invoices",
                        "GET portal/supply-points/{id}/invoices?page=0&size=20",
                        "stock-userinfo",
                        (b, i) -> {
                            String code = warmCustomer();
                            String token =
                                    b.login(code, SyntheticCrm.LEGACY_PASSWORD).accessToken();
                            String url = realmUrl + "/sportello-portal/supply-points/" + firstSupplyPoint(b, token)
                                    + "/invoices?page=0&size=20";
                            return () -> Browser.expect(b.getWithToken(url, token), 200);
                        })
                .skippedWhen(portalSkip));
        metering(all, portalSkip);
        all.add(withTokens(
                        "portal-reading",
                        "POST portal/supply-points/{id}/readings: one new reading per supply point (201 expected;"
                                + " readings deleted before each run; the run ends when every warm customer's supply"
                                + " points have today's reading)",
                        "stock-userinfo",
                        (b, i) -> {
                            if (i == 0) {
                                readings.prepare(b);
                            }
                            return () -> readings.submit(b);
                        })
                .skippedWhen(portalSkip));
    }

    /** Interval data of a month (every quarter-hour) and of a year (summed per day by the database). */
    private void metering(List<Scenario> all, String portalSkip) {
        all.add(withTokens(
                        "portal-metering-month",
                        "GET portal/supply-points/{id}/metering: a month of quarter-hours (resolution=raw, 2,880 rows)",
                        "stock-userinfo",
                        (b, i) -> metering(b, 30, "&resolution=raw"))
                .skippedWhen(portalSkip));
        all.add(withTokens(
                        "portal-metering-year",
                        "GET portal/supply-points/{id}/metering: a year summed per day by the database (365 rows)",
                        "stock-userinfo",
                        (b, i) -> metering(b, 365, ""))
                .skippedWhen(portalSkip));
    }

    /** A worker asking a business customer's interval data of the {@code days} up to yesterday. */
    private Scenario.Worker metering(Browser b, int days, String resolution) throws Exception {
        int every = SyntheticMetering.BUSINESS_EVERY;
        long businesses = (Math.min(crm.pools().warm(), SyntheticMetering.SAMPLE_CUSTOMERS) + every - 1) / every;
        int index = crm.pools().warmStart() + every * (int) Math.floorMod(turn.getAndIncrement(), businesses);
        String token = b.login(SyntheticCrm.customerCode(index), SyntheticCrm.LEGACY_PASSWORD)
                .accessToken();
        LocalDate to = LocalDate.now().minusDays(1);
        String url = realmUrl + "/sportello-portal/supply-points/" + SyntheticCrm.supplyPointId(index, 0)
                + "/metering?from=" + to.minusDays(days - 1L) + "&to=" + to + resolution;
        return () -> Browser.expect(b.getWithToken(url, token), 200);
    }

    private String localUser() {
        return LOCAL_USER_PREFIX + Math.floorMod(turn.getAndIncrement(), localUsers);
    }

    private String warmCustomer() {
        return SyntheticCrm.customerCode(crm.pools().warmStart()
                + (int) Math.floorMod(turn.getAndIncrement(), (long) crm.pools().warm()));
    }

    private static String next(AtomicInteger next, int end, String pool) {
        int index = next.getAndIncrement();
        if (index >= end) {
            throw new Scenario.PoolExhausted("the " + pool + " customers are used up");
        }
        return SyntheticCrm.customerCode(index);
    }

    /**
     * A claim variant against {@code stock-register}: its first worker sets the claim completion's security question
     * before the run (an admin request, so the counters are read after it), and both variants share the claim pool.
     */
    private DefinedScenario claimScenario(String id, String title, boolean securityQuestion) {
        return new DefinedScenario(id, title, "stock-register", true, null, (b, i) -> {
            if (i == 0) {
                claimQuestion.ask(securityQuestion);
            }
            return () -> claim(b, securityQuestion);
        });
    }

    private void claim(Browser b, boolean securityQuestion) throws Exception {
        int index = nextClaim.getAndIncrement();
        if (index >= crm.pools().claimStart() + crm.pools().claim()) {
            throw new Scenario.PoolExhausted("the claim customers are used up");
        }
        journeys.claim(b, index, securityQuestion);
    }

    private String firstSupplyPoint(Browser b, String token) throws Exception {
        Browser.Page points = b.getWithToken(realmUrl + "/sportello-portal/supply-points", token);
        Browser.expect(points, 200);
        JsonNode json = Browser.JSON.readTree(points.body());
        JsonNode first = json.isArray() ? json.path(0) : json.path("items").path(0);
        if (first.isMissingNode()) {
            throw new OperationFailed("no supply point");
        }
        return first.path("id").asText();
    }
}
