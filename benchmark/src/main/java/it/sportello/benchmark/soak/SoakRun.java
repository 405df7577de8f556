package it.sportello.benchmark.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.Browser;
import it.sportello.benchmark.server.Jcmd;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The soak: an open model (operations start on a schedule, whatever the answers; a late answer counts from its
 * scheduled start) of the warm customers at a fixed sign-in rate, with per sign-in two refreshes, two supply-point
 * lists and two invoice pages, and readings at 0.5/s, for a number of minutes; after each minute Keycloak's heap after
 * a full GC and the CRM pool's waits are read.
 */
public final class SoakRun {

    enum Kind {
        SIGN_IN,
        REFRESH,
        SUPPLY_POINTS,
        INVOICES,
        READING
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double READINGS_PER_SECOND = 0.5;
    private static final long TOKEN_MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(4);

    /** Where the soak runs: the realm, the warm customers, Keycloak's management URL and JVM. */
    public record Target(
            String realmUrl, String clientId, String redirect, SyntheticCrm crm, String metricsUrl, long pid) {}

    private final Target target;
    private final Consumer<String> log;
    private final LinkedBlockingQueue<SoakUser> users = new LinkedBlockingQueue<>();
    private final Map<Kind, Recorder> recorders = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> errors = new EnumMap<>(Kind.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService sampler = Executors.newSingleThreadExecutor();

    public SoakRun(Target target, Consumer<String> log) {
        this.target = target;
        this.log = log;
        for (Kind kind : Kind.values()) {
            recorders.put(kind, new Recorder(3));
            errors.put(kind, new AtomicLong());
        }
    }

    /** Signs every warm customer in (outside the measured minutes), then runs for {@code minutes}. */
    public SoakSeries run(double maxSignInsPerSecond, int minutes) throws Exception {
        double signIns = 0.7 * maxSignInsPerSecond;
        prepareUsers();
        log.accept(String.format(
                "soak: %.2f sign-ins/s (70 %% of %.2f), %d customers, %d minutes",
                signIns, maxSignInsPerSecond, users.size(), minutes));
        ExecutorService pool = Executors.newFixedThreadPool(48);
        List<Future<SoakSeries.Minute>> series = new ArrayList<>();
        long start = System.nanoTime();
        Map<Kind, Long> due = new EnumMap<>(Kind.class);
        Map<Kind, Long> every = intervals(signIns);
        every.keySet().forEach(k -> due.put(k, start));
        long errorsBefore = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            long minuteEnd = start + TimeUnit.MINUTES.toNanos(minute);
            dispatchUntil(pool, due, every, minuteEnd);
            long errorsNow = errors.values().stream().mapToLong(AtomicLong::get).sum();
            series.add(minute(minute, errorsNow - errorsBefore));
            errorsBefore = errorsNow;
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            // a backlog the server could not serve: dropped, so that it does not load the phase after the soak
            log.accept("soak: " + pool.shutdownNow().size() + " operations still queued a minute after the end,"
                    + " dropped");
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        List<SoakSeries.Minute> minutesRun = new ArrayList<>();
        for (Future<SoakSeries.Minute> m : series) {
            minutesRun.add(m.get());
        }
        sampler.shutdown();
        return new SoakSeries(maxSignInsPerSecond, signIns, minutesRun);
    }

    /** Nanoseconds between two operations of each kind. */
    private static Map<Kind, Long> intervals(double signInsPerSecond) {
        Map<Kind, Long> every = new EnumMap<>(Kind.class);
        every.put(Kind.SIGN_IN, (long) (1e9 / signInsPerSecond));
        every.put(Kind.REFRESH, (long) (1e9 / (2 * signInsPerSecond)));
        every.put(Kind.SUPPLY_POINTS, (long) (1e9 / (2 * signInsPerSecond)));
        every.put(Kind.INVOICES, (long) (1e9 / (2 * signInsPerSecond)));
        every.put(Kind.READING, (long) (1e9 / READINGS_PER_SECOND));
        return every;
    }

    private void dispatchUntil(ExecutorService pool, Map<Kind, Long> due, Map<Kind, Long> every, long end)
            throws InterruptedException {
        while (true) {
            Kind next = due.entrySet().stream()
                    .min(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            long at = due.get(next);
            if (at >= end) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, end - System.nanoTime()));
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(0, at - System.nanoTime()));
            due.put(next, at + every.get(next));
            pool.execute(() -> operate(next, at));
        }
    }

    /** One operation, timed from when it was due (a queue in front of a slow server counts). */
    private void operate(Kind kind, long dueAt) {
        SoakUser user = null;
        try {
            user = users.take();
            if (!perform(kind, user)) {
                return;
            }
            recorders.get(kind).recordValue(Math.max(1, (System.nanoTime() - dueAt) / 1_000));
        } catch (Exception | AssertionError failed) {
            if (errors.get(kind).incrementAndGet() <= 5) {
                log.accept("soak error, " + kind + ": " + failed);
            }
        } finally {
            if (user != null) {
                users.add(user);
            }
        }
    }

    /** Returns false when there was nothing to do (no supply point left for a reading). */
    private boolean perform(Kind kind, SoakUser user) throws Exception {
        Browser b = user.browser();
        switch (kind) {
            case SIGN_IN -> {
                b.forget();
                user.tokens(b.login(user.code(), SyntheticCrm.LEGACY_PASSWORD));
            }
            case REFRESH -> user.tokens(b.refresh(user.tokens().refreshToken()));
            case SUPPLY_POINTS -> Browser.expect(
                    b.getWithToken(target.realmUrl() + "/sportello-portal/supply-points", token(user)), 200);
            case INVOICES -> Browser.expect(
                    b.getWithToken(
                            target.realmUrl() + "/sportello-portal/supply-points/" + user.firstPoint()
                                    + "/invoices?page=0&size=20",
                            token(user)),
                    200);
            case READING -> {
                String[] point = user.unreadPoints().poll();
                if (point == null) {
                    return false;
                }
                Browser.Page answer = b.postJsonWithToken(
                        target.realmUrl() + "/sportello-portal/supply-points/" + point[0] + "/readings",
                        token(user),
                        "{\"meterValue\": 1000.5, \"correctorValue\": " + point[1] + "}");
                Browser.expect(answer, 201);
            }
        }
        return true;
    }

    private String token(SoakUser user) throws Exception {
        if (System.nanoTime() - user.tokensAt() > TOKEN_MAX_AGE_NANOS) {
            user.tokens(user.browser().refresh(user.tokens().refreshToken()));
        }
        return user.tokens().accessToken();
    }

    /**
     * The minute's histograms taken now; the heap after a full GC and the pool read on the sampler's thread, so that
     * the schedule goes on meanwhile.
     */
    private Future<SoakSeries.Minute> minute(int minute, long minuteErrors) {
        Histogram all = new Histogram(3);
        long operations = 0;
        double signInP99 = 0;
        for (Map.Entry<Kind, Recorder> e : recorders.entrySet()) {
            Histogram h = e.getValue().getIntervalHistogram();
            operations += h.getTotalCount();
            all.add(h);
            if (e.getKey() == Kind.SIGN_IN) {
                signInP99 = h.getValueAtPercentile(99) / 1000.0;
            }
        }
        long count = operations;
        double signInsP99 = signInP99;
        return sampler.submit(() -> {
            PoolMetrics pool = PoolMetrics.parse(metrics(), "crm");
            SoakSeries.Minute m = new SoakSeries.Minute(
                    minute,
                    count,
                    minuteErrors,
                    all.getValueAtPercentile(99) / 1000.0,
                    signInsP99,
                    Jcmd.heapAfterGcKb(target.pid()),
                    pool.awaiting(),
                    pool.blockingMaxMillis());
            log.accept("soak " + m);
            return m;
        });
    }

    private String metrics() {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(target.metricsUrl()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception unreadable) {
            return "";
        }
    }

    /** Every warm customer signed in with a browser of its own, its supply points queued for one reading each. */
    private void prepareUsers() throws Exception {
        Browser template = new Browser(target.realmUrl(), target.clientId(), target.redirect());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<SoakUser>> prepared = new ArrayList<>();
        for (int i = 0; i < target.crm().pools().warm(); i++) {
            String code = SyntheticCrm.customerCode(target.crm().pools().warmStart() + i);
            prepared.add(pool.submit(() -> prepareUser(template.sibling(), code)));
        }
        for (java.util.concurrent.Future<SoakUser> user : prepared) {
            users.add(user.get());
        }
        pool.shutdown();
    }

    private SoakUser prepareUser(Browser b, String code) throws Exception {
        SoakUser user = new SoakUser(code, b);
        user.tokens(b.login(code, SyntheticCrm.LEGACY_PASSWORD));
        Browser.Page points = b.getWithToken(
                target.realmUrl() + "/sportello-portal/supply-points",
                user.tokens().accessToken());
        Browser.expect(points, 200);
        JsonNode json = JSON.readTree(points.body());
        for (JsonNode point : json.isArray() ? json : json.path("items")) {
            user.firstPoint(user.firstPoint() == null ? point.path("id").asText() : user.firstPoint());
            user.unreadPoints().add(new String[] {
                point.path("id").asText(), point.path("hasCorrector").asBoolean() ? "1000.25" : "null"
            });
        }
        return user;
    }
}
