package it.sportello.keycloak.portal.readings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ReadingConflictsTest {

    @Test
    void uniqueViolationsAndLockTimeoutsAnywhereInTheCausesAreConflicts() {
        assertThat(ReadingConflicts.isConflict(
                        new RuntimeException("flush", new SQLIntegrityConstraintViolationException("dup", "23505"))))
                .isTrue();
        assertThat(ReadingConflicts.isConflict(
                        new RuntimeException(new RuntimeException(new SQLException("timeout", "HYT00")))))
                .isTrue();
        assertThat(ReadingConflicts.isConflict(new RuntimeException(new SQLException("lock", "55P03"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ReadingConflicts.isConflict(new RuntimeException(new SQLException("down", "08001"))))
                .isFalse();
        assertThat(ReadingConflicts.isConflict(new IllegalStateException("no"))).isFalse();
        assertThat(ReadingConflicts.isConflict(null)).isFalse();
    }
}
