package it.sportello.benchmark.sync;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.server.AdminApi;
import it.sportello.benchmark.server.Jcmd;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The synchronization phase, through the admin REST API's user-storage sync endpoint, as an admin who enabled import
 * and sync would trigger it: 1,000 CRM rows changed (phone and {@code updated_at}) and a changed-users sync, the same
 * rows changed again and a second one (all of them then already imported: the figure of the target), then a full
 * sync of the whole CRM, time-boxed, with Keycloak's heap after a full GC ({@code jcmd GC.run}, then
 * {@code GC.heap_info}) and the imported users counted every {@code sampleMillis}.
 */
public final class SyncMeasurement {

    public static final String PROVIDER_ID = "sportello-crm";
    static final int CHANGED_ROWS = 1_000;

    /** Where the phase reads and writes: the realm, both databases and Keycloak's JVM. */
    public record Target(
            AdminApi admin,
            String realm,
            String crmUrl,
            String keycloakUrl,
            String user,
            String password,
            long pid,
            Path flightRecording) {}

    private final Target target;
    private final int customers;
    private final long timeBoxMillis;
    private final long sampleMillis;
    private final Consumer<String> log;

    public SyncMeasurement(Target target, int customers, long timeBoxMillis, long sampleMillis, Consumer<String> log) {
        this.target = target;
        this.customers = customers;
        this.timeBoxMillis = timeBoxMillis;
        this.sampleMillis = sampleMillis;
        this.log = log;
    }

    public SyncFigures measure() throws Exception {
        String id = target.admin().userStorageId(target.realm(), PROVIDER_ID);
        // as if a sync had just run: the changed-users sync then reads only what changes from now on
        setLastSync(id, Instant.now().getEpochSecond() - 1);
        Thread.sleep(1_100);
        SyncFigures.Changed first = changed(id, 1);
        Thread.sleep(1_100);
        SyncFigures.Changed second = changed(id, 2);
        List<SyncFigures.Sample> samples = new ArrayList<>();
        SyncFigures.Full full = full(id, samples);
        return new SyncFigures(customers, first, second, full, samples);
    }

    private SyncFigures.Changed changed(String id, int round) throws Exception {
        stampChangedRows("+39 02 555" + round);
        analyzeKeycloakUsers();
        long start = System.nanoTime();
        JsonNode result = target.admin().syncUsers(target.realm(), id, "triggerChangedUsersSync");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        SyncFigures.Changed changed = new SyncFigures.Changed(
                CHANGED_ROWS,
                millis,
                result.path("added").asInt(),
                result.path("updated").asInt(),
                result.path("failed").asInt());
        log.accept("changed-users sync " + round + " of " + CHANGED_ROWS + " rows: " + millis + " ms, " + result);
        return changed;
    }

    private SyncFigures.Full full(String id, List<SyncFigures.Sample> samples) throws Exception {
        analyzeKeycloakUsers();
        long importedBefore = imported(id);
        samples.add(new SyncFigures.Sample(0, importedBefore, heapAfterGcKb()));
        long start = System.nanoTime();
        CompletableFuture<JsonNode> call = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                call.complete(target.admin().syncUsers(target.realm(), id, "triggerFullSync"));
            } catch (Exception e) {
                call.completeExceptionally(e);
            }
        });
        caller.setDaemon(true);
        caller.start();
        JsonNode result = null;
        while (result == null && elapsed(start) < timeBoxMillis) {
            try {
                result = call.get(Math.min(sampleMillis, timeBoxMillis - elapsed(start)), TimeUnit.MILLISECONDS);
            } catch (TimeoutException running) {
                analyzeKeycloakUsers();
                samples.add(new SyncFigures.Sample(elapsed(start), imported(id), heapAfterGcKb()));
                log.accept("full sync running: " + samples.get(samples.size() - 1));
            }
        }
        long millis = elapsed(start);
        if (target.flightRecording() != null) {
            // the recording of the sync, before the server goes on (or is stopped while the sync still runs)
            Jcmd.dumpFlightRecording(target.pid(), target.flightRecording());
        }
        long imported = imported(id);
        samples.add(new SyncFigures.Sample(millis, imported, heapAfterGcKb()));
        log.accept("full sync " + (result == null ? "still running after " : "done in ") + millis + " ms: " + result);
        return new SyncFigures.Full(
                result != null,
                millis,
                importedBefore,
                imported,
                result == null ? 0 : result.path("added").asInt(),
                result == null ? 0 : result.path("updated").asInt(),
                result == null ? 0 : result.path("failed").asInt());
    }

    /**
     * Keycloak 26.7 keeps a component's last sync per kind of sync among its internal settings ({@code lastSync_FULL},
     * {@code lastSync_CHANGED}; a changed-users sync starts from the later of the two), which the admin API's component
     * update does not write: the changed-users one is set in Keycloak's database, then the realm cache is emptied.
     */
    private void setLastSync(String id, long epochSecond) throws Exception {
        try (Connection c = DriverManager.getConnection(target.keycloakUrl(), target.user(), target.password());
                PreparedStatement s = c.prepareStatement(
                        "update component_config set value = ? where component_id = ? and name = 'lastSync_CHANGED'")) {
            s.setString(1, Long.toString(epochSecond));
            s.setString(2, id);
            if (s.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "insert into component_config (id, component_id, name, value) values (?, ?, 'lastSync_CHANGED', ?)")) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, id);
                    insert.setString(3, Long.toString(epochSecond));
                    insert.executeUpdate();
                }
            }
        }
        target.admin().clearRealmCache(target.realm());
    }

    /**
     * Statistics of Keycloak's user tables, as PostgreSQL's autovacuum would keep them: the machines this runs on
     * have autovacuum off, and without statistics the plans Keycloak's pooled connections cached while the tables
     * were empty scan {@code user_entity} on every username lookup once it grows (3.3 ms a lookup at 28,000 users, a
     * sync ten times slower).
     */
    private void analyzeKeycloakUsers() throws SQLException {
        try (Connection c = DriverManager.getConnection(target.keycloakUrl(), target.user(), target.password());
                Statement s = c.createStatement()) {
            s.execute("analyze user_entity, user_attribute, user_role_mapping");
        }
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Changes the phone of {@link #CHANGED_ROWS} customers spread over the CRM and stamps them now. */
    private void stampChangedRows(String phone) throws SQLException {
        int step = Math.max(1, customers / CHANGED_ROWS);
        String[] codes = new String[Math.min(CHANGED_ROWS, customers)];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = SyntheticCrm.customerCode(i * step);
        }
        try (Connection c = DriverManager.getConnection(target.crmUrl(), target.user(), target.password());
                PreparedStatement s = c.prepareStatement(
                        "update customer set phone = ?, updated_at = ? where customer_code = any (?)")) {
            s.setString(1, phone);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setArray(3, c.createArrayOf("varchar", codes));
            int updated = s.executeUpdate();
            if (updated != codes.length) {
                throw new IllegalStateException("Stamped " + updated + " CRM rows instead of " + codes.length);
            }
        }
    }

    /** Keycloak users linked to the CRM component. */
    private long imported(String id) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.keycloakUrl(), target.user(), target.password());
                PreparedStatement s =
                        c.prepareStatement("select count(*) from user_entity where federation_link = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long heapAfterGcKb() throws IOException, InterruptedException {
        return Jcmd.heapAfterGcKb(target.pid());
    }
}
