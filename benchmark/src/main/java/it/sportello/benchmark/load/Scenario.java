package it.sportello.benchmark.load;

/**
 * One kind of operation under load. A scenario creates, before each measured run, one {@link Worker} per virtual
 * user (logging in first where the operation needs tokens), so that only the operation itself is measured.
 */
public interface Scenario {

    /** Short id, used in file names and the report. */
    String id();

    /** What one operation is, for the report. */
    String title();

    /** The stock-Keycloak scenario this one is compared with, or {@code null} for a baseline itself. */
    String baseline();

    /** Why this scenario cannot run on the server under test, or {@code null} when it can. */
    default String skipReason() {
        return null;
    }

    /** Whether creating the workers sends requests to the server (logins for tokens), before the measured run. */
    default boolean prepares() {
        return false;
    }

    Worker worker(Browser browser, int index) throws Exception;

    /** The operations of one virtual user. */
    interface Worker {
        /** One operation: returns when it succeeded; throws {@link OperationFailed} when the answer was wrong. */
        void operate() throws Exception;
    }

    /** Thrown by a worker whose scenario has used up its customers: the run ends there. */
    final class PoolExhausted extends RuntimeException {
        public PoolExhausted(String message) {
            super(message, null, false, false);
        }
    }
}
