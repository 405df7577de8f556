package it.sportello.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Reads and changes CRM customer rows directly, as the operator's CRM would. */
public final class CrmRows {

    private final CrmDatabase database;

    public CrmRows(CrmDatabase database) {
        this.database = database;
    }

    public Optional<String> column(String customerCode, String column) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s =
                        c.prepareStatement("select " + column + " from customer where customer_code = ?")) {
            s.setString(1, customerCode);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets one column and stamps updated_at, as a CRM edit does. */
    public void update(String customerCode, String column, String value) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(
                        "update customer set " + column + " = ?, updated_at = ? where customer_code = ?")) {
            s.setString(1, value);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, customerCode);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("No CRM customer " + customerCode);
            }
        }
    }

    /** Runs an update statement with parameters, as the operator's CRM or its staff would. */
    public int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The single number a query answers, e.g. a count. */
    public long number(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
