package it.sportello.keycloak.portal.readings;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failed insert of a self-reading lost to another submission of the same supply point and day: an
 * integrity violation (SQL state class {@code 23}: the unique constraint {@code uk_meter_reading_point_date}), or a
 * lock wait that timed out on the very key another transaction is inserting (H2 {@code HYT00}, PostgreSQL
 * {@code 55P03} and {@code 40P01}, MariaDB {@code 40001}, SQL Server and Oracle report the same classes).
 */
final class ReadingConflicts {

    private static final Set<String> LOCK_STATES = Set.of("HYT00", "55P03", "40P01", "40001", "61000");
    private static final int MAX_CAUSES = 20;

    private ReadingConflicts() {}

    static boolean isConflict(Throwable failure) {
        Throwable cause = failure;
        for (int i = 0; cause != null && i < MAX_CAUSES; i++) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("23") || LOCK_STATES.contains(state))) {
                    return true;
                }
            }
            String name = cause.getClass().getSimpleName();
            if (name.equals("ConstraintViolationException")
                    || name.equals("EntityExistsException")
                    || name.equals("LockTimeoutException")
                    || name.equals("PessimisticLockException")) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
