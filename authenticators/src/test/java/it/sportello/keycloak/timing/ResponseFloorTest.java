package it.sportello.keycloak.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;
import org.mockito.ArgumentCaptor;

class ResponseFloorTest {

    private static final int FLOOR_MILLIS = 120;

    @Test
    void waitUntilWhenWorkWasQuickThenReturnsOnlyAfterTheFloor() {
        long started = System.nanoTime();

        ResponseFloor.waitUntil(started, FLOOR_MILLIS);

        assertThat(elapsedMillis(started)).isGreaterThanOrEqualTo(FLOOR_MILLIS);
    }

    @Test
    void waitUntilWhenFloorAlreadyPassedThenReturnsAtOnce() {
        long started = System.nanoTime() - TimeUnit.SECONDS.toNanos(5);
        long now = System.nanoTime();

        ResponseFloor.waitUntil(started, FLOOR_MILLIS);

        assertThat(elapsedMillis(now)).isLessThan(FLOOR_MILLIS);
    }

    @Test
    void padRequestWhenTransactionCommitsOrRollsBackThenTheRequestEndsNoSoonerThanTheFloor() {
        for (boolean commit : new boolean[] {true, false}) {
            KeycloakTransactionManager transactions = mock(KeycloakTransactionManager.class);
            long started = System.nanoTime();

            ResponseFloor.padRequest(transactions, started, FLOOR_MILLIS);

            ArgumentCaptor<KeycloakTransaction> enlisted = ArgumentCaptor.forClass(KeycloakTransaction.class);
            verify(transactions).enlistAfterCompletion(enlisted.capture());
            assertThat(elapsedMillis(started))
                    .as("nothing waits before the transaction ends")
                    .isLessThan(FLOOR_MILLIS);
            enlisted.getValue().begin();
            if (commit) {
                enlisted.getValue().commit();
            } else {
                enlisted.getValue().rollback();
            }
            assertThat(elapsedMillis(started)).as("commit %s", commit).isGreaterThanOrEqualTo(FLOOR_MILLIS);
        }
    }

    @Test
    void padRequestWhenFloorIsZeroThenNothingEnlisted() {
        KeycloakTransactionManager transactions = mock(KeycloakTransactionManager.class);

        ResponseFloor.padRequest(transactions, System.nanoTime(), 0);

        verify(transactions, never()).enlistAfterCompletion(any());
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
