package it.sportello.keycloak.timing;

import java.util.concurrent.TimeUnit;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;

/**
 * Pads a response to a minimum duration, so that how long the work took does not tell what the work found. Used by
 * the public forms whose answer must not reveal whether an account exists (claiming, recovery, the support
 * request form).
 */
public final class ResponseFloor {

    private ResponseFloor() {}

    /** Sleeps until {@code minimumMillis} have passed since {@code startedNanos} ({@link System#nanoTime()}). */
    public static void waitUntil(long startedNanos, int minimumMillis) {
        long remaining = TimeUnit.MILLISECONDS.toNanos(minimumMillis) - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(remaining);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pads the whole request, not just the caller's part of it: the wait runs after the request's transaction
     * completed (committed or rolled back), which Keycloak does before it writes the response. Needed when later
     * steps of the same request do work only for some answers, such as the reset-credential email step that sends a
     * mail for an existing account and nothing for an unknown one.
     *
     * @param transactions the request's, {@code session.getTransactionManager()}
     */
    public static void padRequest(KeycloakTransactionManager transactions, long startedNanos, int minimumMillis) {
        if (minimumMillis <= 0) {
            return;
        }
        transactions.enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                waitUntil(startedNanos, minimumMillis);
            }

            @Override
            protected void rollbackImpl() {
                waitUntil(startedNanos, minimumMillis);
            }
        });
    }
}
