package it.sportello.benchmark.load;

/**
 * A scenario as {@link Scenarios} defines it: its ids and texts, whether its workers log in before the run, why it is
 * skipped (or {@code null}), and how a worker is made.
 */
record DefinedScenario(
        String id, String title, String baseline, boolean prepares, String skipReason, WorkerFactory factory)
        implements Scenario {

    /** Builds a worker for a browser and the worker's index. */
    @FunctionalInterface
    interface WorkerFactory {
        Scenario.Worker create(Browser browser, int index) throws Exception;
    }

    static DefinedScenario of(String id, String title, String baseline, WorkerFactory factory) {
        return new DefinedScenario(id, title, baseline, false, null, factory);
    }

    /** A scenario whose workers log in before the run (token-based operations). */
    static DefinedScenario withTokens(String id, String title, String baseline, WorkerFactory factory) {
        return new DefinedScenario(id, title, baseline, true, null, factory);
    }

    /** The same scenario, skipped for {@code reason} when that is not {@code null}. */
    DefinedScenario skippedWhen(String reason) {
        return new DefinedScenario(id, title, baseline, prepares, reason, factory);
    }

    @Override
    public Worker worker(Browser browser, int index) throws Exception {
        return factory.create(browser, index);
    }
}
