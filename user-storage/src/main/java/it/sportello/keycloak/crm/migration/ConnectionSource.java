package it.sportello.keycloak.crm.migration;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a plain JDBC connection to the CRM database, not enlisted in any JTA transaction; the caller closes it. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
