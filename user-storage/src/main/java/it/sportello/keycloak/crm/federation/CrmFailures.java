package it.sportello.keycloak.crm.federation;

import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a CRM that cannot be reached apart from a CRM that answered with an error. Seen on the XA datasource: the
 * pool or the transaction manager cannot get or enlist a connection, the driver reports a broken connection, or a
 * query ran past the directory's query timeout and was cancelled (a CRM that hangs counts as one that is down).
 */
final class CrmFailures {

    /** H2's "connection is broken" and "database is already closed"; class 08 is the SQL standard's. */
    private static final Set<String> H2_CONNECTION_STATES = Set.of("90067", "90121");

    /** Cancelled statements: the SQL standard's and PostgreSQL's and H2's 57014, MariaDB's 70100. */
    private static final Set<String> CANCELLED_STATES = Set.of("57014", "70100");

    private static final Set<String> CONNECTION_MESSAGES =
            Set.of("Unable to acquire JDBC Connection", "Unable to enlist connection", "Acquisition timeout");

    private CrmFailures() {}

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLTimeoutException
                    || t instanceof QueryTimeoutException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")
                        || H2_CONNECTION_STATES.contains(state)
                        || CANCELLED_STATES.contains(state)) {
                    return true;
                }
            }
            String message = String.valueOf(t.getMessage());
            if (CONNECTION_MESSAGES.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
