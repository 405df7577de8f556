package it.sportello.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.benchmark.crm.SyntheticCrm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The portal's reading submissions under load: before a run, every warm customer's supply points are queued once
 * (with a fresh token), so that each measured operation is the first reading of the day of one supply point (201).
 */
final class PortalReadings {

    private final String realmUrl;
    private final SyntheticCrm crm;
    private final Map<Integer, Browser.Tokens> warmTokens;
    private final Runnable clearReadings;
    private final int concurrency;
    private final ConcurrentLinkedQueue<ReadingTarget> readingTargets = new ConcurrentLinkedQueue<>();

    /** A supply point a reading is submitted for, with its owner's access token. */
    private record ReadingTarget(String token, String supplyPointId, boolean hasCorrector) {}

    PortalReadings(
            String realmUrl,
            SyntheticCrm crm,
            Map<Integer, Browser.Tokens> warmTokens,
            Runnable clearReadings,
            int concurrency) {
        this.realmUrl = realmUrl;
        this.crm = crm;
        this.warmTokens = warmTokens;
        this.clearReadings = clearReadings;
        this.concurrency = concurrency;
    }

    /**
     * Before a reading run, outside the measured window: deletes the readings, refreshes every warm customer's tokens
     * (a login when there are none) and queues each of their supply points once, so that each measured operation is
     * a first reading of the day (201).
     */
    void prepare(Browser template) throws Exception {
        clearReadings.run();
        readingTargets.clear();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                int thread = t;
                logins.add(pool.submit(() -> {
                    queueWarmCustomers(template.sibling(), thread);
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

    /** Queues the supply points of every {@code concurrency}-th warm customer from {@code thread} on. */
    private void queueWarmCustomers(Browser browser, int thread) throws Exception {
        for (int i = thread; i < crm.pools().warm(); i += concurrency) {
            Browser.Tokens tokens = warmTokens.get(i);
            try {
                tokens = tokens == null ? null : browser.refresh(tokens.refreshToken());
            } catch (OperationFailed expired) {
                tokens = null;
            }
            if (tokens == null) {
                tokens = browser.login(
                        SyntheticCrm.customerCode(crm.pools().warmStart() + i), SyntheticCrm.LEGACY_PASSWORD);
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
    }

    /** One operation: a new reading for the next queued supply point. */
    void submit(Browser b) throws Exception {
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
}
