package it.sportello.keycloak.claim;

import java.util.concurrent.TimeUnit;

/** Pads a response to a minimum duration, so that how long the work took does not tell what the work found. */
final class ResponseFloor {

    private ResponseFloor() {}

    static void waitUntil(long startedNanos, int minimumMillis) {
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
