package it.sportello.keycloak.crm.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CrmFailuresTest {

    @Test
    void isUnavailableWhenPoolCannotEnlistConnectionThenTrue() {
        SQLException enlist = new SQLException("Unable to enlist connection to existing transaction");
        RuntimeException hibernate = new RuntimeException(
                "Unable to acquire JDBC Connection [Exception in association of connection to existing transaction]",
                new SQLException("Exception in association of connection to existing transaction", enlist));

        assertThat(CrmFailures.isUnavailable(hibernate)).isTrue();
    }

    @Test
    void isUnavailableWhenDriverReportsConnectionStateThenTrue() {
        assertThat(CrmFailures.isUnavailable(new RuntimeException(new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(CrmFailures.isUnavailable(new RuntimeException(new SQLException("broken", "90067"))))
                .isTrue();
    }

    @Test
    void isUnavailableWhenQueryRanPastItsTimeoutThenTrue() {
        // PostgreSQL: "canceling statement due to statement timeout", wrapped by Hibernate
        assertThat(CrmFailures.isUnavailable(new jakarta.persistence.QueryTimeoutException(
                        "timeout", new SQLException("canceling statement", "57014"))))
                .isTrue();
        assertThat(CrmFailures.isUnavailable(new RuntimeException(new SQLException("interrupted", "70100"))))
                .isTrue();
        assertThat(CrmFailures.isUnavailable(new RuntimeException(new java.sql.SQLTimeoutException("timeout"))))
                .isTrue();
    }

    @Test
    void isUnavailableWhenCrmAnsweredWithAnErrorThenFalse() {
        assertThat(CrmFailures.isUnavailable(new RuntimeException(new SQLException("duplicate", "23505"))))
                .isFalse();
        assertThat(CrmFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
