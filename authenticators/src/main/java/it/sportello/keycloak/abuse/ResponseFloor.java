package it.sportello.keycloak.abuse;

import java.util.concurrent.TimeUnit;

/**
 * Pads a response to a minimum duration, so that how long the work took does not tell what the work found. Used by
 * the public forms whose answer must not reveal whether a customer exists (claiming, the support request form).
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
}
