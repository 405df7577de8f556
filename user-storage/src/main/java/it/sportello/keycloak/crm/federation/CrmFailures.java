package it.sportello.keycloak.crm.federation;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a CRM that cannot be reached apart from a CRM that answered with an error. */
final class CrmFailures {

    private CrmFailures() {}

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            // SQLState class 08: connection exception (PostgreSQL, MariaDB, H2 alike)
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
