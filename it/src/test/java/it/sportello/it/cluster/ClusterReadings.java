package it.sportello.it.cluster;

import it.sportello.it.support.CrmDatabase;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Self-readings written straight into the CRM for the cluster's automatic acquisition (C0004's supply point, dated
 * 2019, which no other test reads), and the acquisitions the nodes logged.
 */
final class ClusterReadings {

    private static final long SUPPLY_POINT = 4001;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final Pattern ACQUIRED = Pattern.compile("Acquired (\\d+) self-reading");

    private final CrmDatabase crm;

    ClusterReadings(CrmDatabase crm) {
        this.crm = crm;
    }

    /** {@code count} submitted readings, each submitted {@code age} ago. */
    List<String> insertSubmitted(int count, Duration age) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = crm.connect();
                PreparedStatement s = c.prepareStatement("insert into meter_reading (id, supply_point_id,"
                        + " reading_date, meter_value, status, created_at) values (?, ?, ?, 1, 'SUBMITTED', ?)")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                s.setString(1, id);
                s.setLong(2, SUPPLY_POINT);
                s.setObject(3, FIRST_DAY.plusDays(i));
                s.setTimestamp(
                        4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(age)));
                s.addBatch();
                ids.add(id);
            }
            s.executeBatch();
        }
        return ids;
    }

    void awaitAllAcquired(List<String> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acquired() < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + acquired() + " of " + ids.size() + " readings acquired");
            }
            Thread.sleep(500);
        }
    }

    private long acquired() throws SQLException {
        try (Connection c = crm.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from meter_reading where supply_point_id = ?"
                        + " and reading_date < ? and status = 'ACQUIRED'")) {
            s.setLong(1, SUPPLY_POINT);
            s.setObject(2, FIRST_DAY.plusYears(1));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void deleteInserted() throws SQLException {
        try (Connection c = crm.connect();
                PreparedStatement s = c.prepareStatement(
                        "delete from meter_reading where supply_point_id = ? and reading_date < ?")) {
            s.setLong(1, SUPPLY_POINT);
            s.setObject(2, FIRST_DAY.plusYears(1));
            s.executeUpdate();
        }
    }

    static long[] sizes(List<Path> logs) throws IOException {
        long[] sizes = new long[logs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Files.size(logs.get(i));
        }
        return sizes;
    }

    /** The readings the nodes logged as acquired after the offsets. */
    static long acquiredSince(List<Path> logs, long[] offsets) throws IOException {
        long total = 0;
        for (int i = 0; i < offsets.length; i++) {
            try (RandomAccessFile file = new RandomAccessFile(logs.get(i).toFile(), "r")) {
                byte[] tail = new byte[(int) (file.length() - offsets[i])];
                file.seek(offsets[i]);
                file.readFully(tail);
                Matcher m = ACQUIRED.matcher(new String(tail, StandardCharsets.UTF_8));
                while (m.find()) {
                    total += Long.parseLong(m.group(1));
                }
            }
        }
        return total;
    }
}
