package it.sportello.benchmark.crm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a {@link SyntheticCrm} into an empty PostgreSQL database: the contract tables without keys, one COPY stream
 * per table and slice in parallel, then the keys and indexes, then ANALYZE.
 */
public final class CrmLoader {

    private static final int FLUSH_CHARS = 1 << 20;

    private final String url;
    private final String user;
    private final String password;

    public CrmLoader(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** What the load took, for the report. */
    public record LoadTimes(long tablesMillis, long copyMillis, long keysMillis, long analyzeMillis) {
        public long totalMillis() {
            return tablesMillis + copyMillis + keysMillis + analyzeMillis;
        }
    }

    public LoadTimes load(SyntheticCrm crm, int threads) throws Exception {
        long t0 = System.currentTimeMillis();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(resource("crm-contract-tables.sql"));
        }
        long t1 = System.currentTimeMillis();
        SyntheticMetering metering = new SyntheticMetering(java.time.LocalDate.now());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> copies = new ArrayList<>();
            int slices = threads * 2;
            int per = (crm.customers() + slices - 1) / slices;
            for (int slice = 0; slice < slices; slice++) {
                int from = slice * per;
                int to = Math.min(crm.customers(), from + per);
                copies.add(pool.submit(() -> copy("customer", from, to, crm::customerRow)));
                copies.add(pool.submit(() -> copy("supply_point", from, to, crm::supplyPointRows)));
                copies.add(pool.submit(() -> copy("invoice", from, to, crm::invoiceRows)));
                copies.add(pool.submit(() -> copy("metering_interval", from, to, metering::rows)));
            }
            for (Future<?> copy : copies) {
                copy.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.currentTimeMillis();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '256MB'");
            s.execute(resource("crm-contract-keys.sql"));
        }
        long t3 = System.currentTimeMillis();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        long t4 = System.currentTimeMillis();
        return new LoadTimes(t1 - t0, t2 - t1, t3 - t2, t4 - t3);
    }

    private Void copy(String table, int from, int to, BiConsumer<Integer, StringBuilder> rows) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
            StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
            for (int i = from; i < to; i++) {
                rows.accept(i, buffer);
                if (buffer.length() >= FLUSH_CHARS) {
                    write(in, buffer);
                }
            }
            write(in, buffer);
            in.endCopy();
            c.commit();
        }
        return null;
    }

    private static void write(CopyIn in, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CrmLoader.class.getResourceAsStream("/benchmark/" + name)) {
            if (in == null) {
                throw new IOException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
