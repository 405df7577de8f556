package it.sportello.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and changes CRM rows directly, as the operator's CRM (or its staff's ticket tool) would. */
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

    /** Sets a boolean column (a supplier's prequalification, say) and stamps updated_at, as a CRM edit does. */
    public void updateFlag(String customerCode, String column, boolean value) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(
                        "update customer set " + column + " = ?, updated_at = ? where customer_code = ?")) {
            s.setBoolean(1, value);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, customerCode);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("No CRM customer " + customerCode);
            }
        }
    }

    /** Adds an invoice of the customer issued today, without a supply point, as the CRM's billing would. */
    public void insertInvoiceToday(String customerCode, String invoiceNumber) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement("insert into invoice (invoice_number, customer_code,"
                        + " issue_date, amount, status) values (?, ?, ?, 100.00, 'ISSUED')")) {
            s.setString(1, invoiceNumber);
            s.setString(2, customerCode);
            s.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.now()));
            s.executeUpdate();
        }
    }

    public void deleteInvoice(String invoiceNumber) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement("delete from invoice where invoice_number = ?")) {
            s.setString(1, invoiceNumber);
            s.executeUpdate();
        }
    }

    /** Columns of a support ticket and its contact, as read by {@link #ticket(long)}. */
    public static final List<String> TICKET_COLUMNS = List.of(
            "customer_code",
            "category",
            "subject",
            "message",
            "status",
            "full_name",
            "company_name",
            "email",
            "phone",
            "stated_customer_code",
            "stated_tax_id",
            "locale");

    /** The ticket with this number joined with its contact, column name to value; empty if there is none. */
    public Optional<Map<String, String>> ticket(long ticketNumber) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement("select t.customer_code, t.category, t.subject, t.message,"
                        + " t.status, k.full_name, k.company_name, k.email, k.phone, k.stated_customer_code,"
                        + " k.stated_tax_id, k.locale from support_ticket t join ticket_contact k on k.ticket_id = t.id"
                        + " where t.ticket_number = ?")) {
            s.setLong(1, ticketNumber);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < TICKET_COLUMNS.size(); i++) {
                    row.put(TICKET_COLUMNS.get(i), rs.getString(i + 1));
                }
                return Optional.of(row);
            }
        }
    }

    public long countTickets() throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from support_ticket");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
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
