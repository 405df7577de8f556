package it.sportello.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.benchmark.crm.SyntheticCrm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenarios of the benchmark against the {@code customer-portal} realm. Stock baselines use only what Keycloak
 * does without Sportello (a local user's login, refresh and userinfo); the others go through Sportello's providers.
 */
public final class Scenarios {

    /** Password of the stock baseline's local users. */
    public static final String LOCAL_PASSWORD = "Bench-Local-2026";

    public static final String LOCAL_USER_PREFIX = "bench-local-";

    /** Password the claim scenario chooses for each claimed account. */
    static final String CLAIM_PASSWORD = "Bench-Claimed-2026";

    /**
     * The start of the realm's {@code emailSentMessage} in the sportello login theme (Italian, as the driver asks with
     * {@code ui_locales=it}): the page every reset request ends on, account or not.
     */
    static final String EMAIL_SENT = "Se esiste un account per i dati inseriti";

    private static final Pattern RESET_LINK = Pattern.compile("href=\"([^\"]*login-actions/reset-credentials[^\"]*)\"");

    private final String realmUrl;
    private final SyntheticCrm crm;
    private final int localUsers;
    private final Deployed deployed;
    private final AtomicLong turn = new AtomicLong();
    private final AtomicInteger nextCold;
    private final AtomicInteger nextClaim;
    private final Map<Integer, Browser.Tokens> warmTokens;
    private final Runnable clearReadings;
    private final int concurrency;
    private final ConcurrentLinkedQueue<ReadingTarget> readingTargets = new ConcurrentLinkedQueue<>();

    /** What the server under test has of the flows and APIs built in other branches, detected at run time. */
    public record Deployed(boolean resetFlow, boolean portalApi) {}

    /** A supply point a reading is submitted for, with its owner's access token. */
    private record ReadingTarget(String token, String supplyPointId, boolean hasCorrector) {}

    /**
     * @param warmTokens the warm customers' tokens from their first login, by index in the warm pool
     * @param clearReadings deletes the CRM's meter readings (before each reading run, outside the measured window):
     *     the database takes one reading per supply point and day, so each run needs supply points without one
     * @param concurrency threads that log the reading run's customers in before it
     */
    public Scenarios(
            String realmUrl,
            SyntheticCrm crm,
            int localUsers,
            Deployed deployed,
            Map<Integer, Browser.Tokens> warmTokens,
            Runnable clearReadings,
            int concurrency) {
        this.realmUrl = realmUrl;
        this.crm = crm;
        this.localUsers = localUsers;
        this.deployed = deployed;
        this.nextCold = new AtomicInteger(crm.pools().coldStart());
        this.nextClaim = new AtomicInteger(crm.pools().claimStart());
        this.warmTokens = warmTokens;
        this.clearReadings = clearReadings;
        this.concurrency = concurrency;
    }

    public List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
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
        all.add(of(
                "claim",
                "account claiming end to end: verify code, tax ID and invoice number, confirm, password + security question",
                "stock-login",
                (b, i) -> () -> claim(b)));
        all.add(skippable(
                of(
                        "reset",
                        "reset by customer code: reset-credentials form with the customer code",
                        "stock-login",
                        (b, i) -> () -> reset(b)),
                deployed.resetFlow() ? null : "skipped: flow not deployed (no flow 'sportello reset credentials')"));
        all.add(withTokens("stock-userinfo", "userinfo with a bearer token (stock Keycloak API call)", null, (b, i) -> {
            String token = b.login(localUser(), LOCAL_PASSWORD).accessToken();
            return () -> Browser.expect(b.getWithToken(realmUrl + "/protocol/openid-connect/userinfo", token), 200);
        }));
        String portalSkip =
                deployed.portalApi() ? null : "skipped: flow not deployed (portal/openapi.yaml answers 404)";
        all.add(skippable(
                withTokens(
                        "portal-supply-points", "GET portal/supply-points (bearer token)", "stock-userinfo", (b, i) -> {
                            String token = b.login(warmCustomer(), SyntheticCrm.LEGACY_PASSWORD)
                                    .accessToken();
                            return () -> Browser.expect(
                                    b.getWithToken(realmUrl + "/sportello-portal/supply-points", token), 200);
                        }),
                portalSkip));
        all.add(skippable(
                withTokens(
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
                        }),
                portalSkip));
        all.add(skippable(
                withTokens(
                        "portal-reading",
                        "POST portal/supply-points/{id}/readings: one new reading per supply point (201 expected;"
                                + " readings deleted before each run; the run ends when every warm customer's supply"
                                + " points have today's reading)",
                        "stock-userinfo",
                        (b, i) -> {
                            if (i == 0) {
                                prepareReadings(b);
                            }
                            return () -> reading(b);
                        }),
                portalSkip));
        return all;
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

    private void claim(Browser b) throws Exception {
        int index = nextClaim.getAndIncrement();
        if (index >= crm.pools().claimStart() + crm.pools().claim()) {
            throw new Scenario.PoolExhausted("the claim customers are used up");
        }
        String code = SyntheticCrm.customerCode(index);
        b.forget();
        Browser.Authorization authorization = b.new Authorization();
        Browser.Page page = b.get(authorization.url("registrations"));
        Browser.expect(page, 200);
        Map<String, String> verify = new LinkedHashMap<>();
        verify.put("customerCode", code);
        verify.put("taxId", crm.taxId(index));
        verify.put("invoiceNumber", SyntheticCrm.recentInvoiceNumber(index));
        Browser.Page confirm = b.post(Browser.formAction(page, "sportello-claim-verify"), verify);
        Browser.expect(confirm, 200);
        Browser.Page complete = b.post(Browser.formAction(confirm, "sportello-claim-confirm"), Map.of("confirm", ""));
        Browser.expect(complete, 200);
        // the verification link goes to the CRM's email of record: the page asks no address
        Map<String, String> choose = new LinkedHashMap<>();
        choose.put("password", CLAIM_PASSWORD);
        choose.put("password-confirm", CLAIM_PASSWORD);
        choose.put("securityQuestion", "sportelloQuestionFirstSchool");
        choose.put("securityAnswer", "Scuola Dante " + index);
        choose.put("securityAnswerConfirm", "Scuola Dante " + index);
        Browser.Page done = b.post(Browser.formAction(complete, "sportello-claim-complete"), choose);
        if (done.status() >= 400 || done.body().contains("id=\"sportello-claim-complete\"")) {
            throw new OperationFailed("claim not completed: " + Browser.describe(done));
        }
        // on to the verify-email page, whose first showing sends the verification mail (counted by the sink)
        for (int redirects = 0; done.status() == 302 && done.location() != null && redirects < 3; redirects++) {
            done = b.get(done.location());
        }
        if (done.status() != 200 || !done.body().contains("VERIFY_EMAIL")) {
            throw new OperationFailed("claim did not end on the verify-email page: " + Browser.describe(done));
        }
    }

    private void reset(Browser b) throws Exception {
        b.forget();
        Browser.Page login = b.get(b.new Authorization().url("auth"));
        Browser.expect(login, 200);
        Matcher link = RESET_LINK.matcher(login.body());
        if (!link.find()) {
            throw new OperationFailed("no reset link on the login page");
        }
        String href = link.group(1).replace("&amp;", "&");
        Browser.Page form = b.get(href.startsWith("http") ? href : realmUrl.replaceAll("/realms/.*", "") + href);
        Browser.expect(form, 200);
        Browser.Page sent =
                b.post(Browser.formAction(form, "sportello-reset-choose-user"), Map.of("username", warmCustomer()));
        if (sent.status() == 302 && sent.location() != null) {
            sent = b.get(sent.location());
        }
        // the page says "email sent" whether or not an account exists: the mail sink's count per run says it was
        if (sent.status() != 200 || !sent.body().contains(EMAIL_SENT)) {
            throw new OperationFailed("reset did not end on the email-sent page: " + Browser.describe(sent));
        }
    }

    /**
     * Before a reading run, outside the measured window: deletes the readings, refreshes every warm customer's tokens
     * (a login when there are none) and queues each of their supply points once, so that each measured operation is
     * a first reading of the day (201).
     */
    private void prepareReadings(Browser template) throws Exception {
        clearReadings.run();
        readingTargets.clear();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                int thread = t;
                logins.add(pool.submit(() -> {
                    Browser browser = template.sibling();
                    for (int i = thread; i < crm.pools().warm(); i += concurrency) {
                        Browser.Tokens tokens = warmTokens.get(i);
                        try {
                            tokens = tokens == null ? null : browser.refresh(tokens.refreshToken());
                        } catch (OperationFailed expired) {
                            tokens = null;
                        }
                        if (tokens == null) {
                            tokens = browser.login(
                                    SyntheticCrm.customerCode(crm.pools().warmStart() + i),
                                    SyntheticCrm.LEGACY_PASSWORD);
                        }
                        warmTokens.put(i, tokens);
                        String token = tokens.accessToken();
                        for (JsonNode point : supplyPoints(browser, token)) {
                            readingTargets.add(new ReadingTarget(
                                    token,
                                    point.path("id").asText(),
                                    point.path("hasCorrector").asBoolean()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> login : logins) {
                login.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void reading(Browser b) throws Exception {
        ReadingTarget target = readingTargets.poll();
        if (target == null) {
            throw new Scenario.PoolExhausted("every warm customer's supply points have today's reading");
        }
        Browser.Page answer = b.postJsonWithToken(
                realmUrl + "/sportello-portal/supply-points/" + target.supplyPointId() + "/readings",
                target.token(),
                "{\"meterValue\": 1000.5, \"correctorValue\": " + (target.hasCorrector() ? "1000.25" : "null") + "}");
        if (answer.status() != 201) {
            throw new OperationFailed("reading refused: " + Browser.describe(answer));
        }
    }

    private JsonNode supplyPoints(Browser b, String token) throws Exception {
        Browser.Page points = b.getWithToken(realmUrl + "/sportello-portal/supply-points", token);
        Browser.expect(points, 200);
        JsonNode json = Browser.JSON.readTree(points.body());
        return json.isArray() ? json : json.path("items");
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

    /** Builds a worker for a browser and the worker's index. */
    @FunctionalInterface
    interface WorkerFactory {
        Scenario.Worker create(Browser browser, int index) throws Exception;
    }

    private static Scenario of(String id, String title, String baseline, WorkerFactory factory) {
        return of(id, title, baseline, false, factory);
    }

    /** A scenario whose workers log in before the run (token-based operations). */
    private static Scenario withTokens(String id, String title, String baseline, WorkerFactory factory) {
        return of(id, title, baseline, true, factory);
    }

    private static Scenario of(String id, String title, String baseline, boolean prepares, WorkerFactory factory) {
        return new Scenario() {
            @Override
            public boolean prepares() {
                return prepares;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public String baseline() {
                return baseline;
            }

            @Override
            public Worker worker(Browser browser, int index) throws Exception {
                return factory.create(browser, index);
            }
        };
    }

    private static Scenario skippable(Scenario scenario, String reason) {
        return new Scenario() {
            @Override
            public String id() {
                return scenario.id();
            }

            @Override
            public String title() {
                return scenario.title();
            }

            @Override
            public String baseline() {
                return scenario.baseline();
            }

            @Override
            public String skipReason() {
                return reason;
            }

            @Override
            public boolean prepares() {
                return scenario.prepares();
            }

            @Override
            public Worker worker(Browser browser, int index) throws Exception {
                return scenario.worker(browser, index);
            }
        };
    }
}
