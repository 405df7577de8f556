package it.sportello.benchmark.load;

/**
 * A scenario run again by fewer virtual users (below saturation), reported under an id of its own: its id and its
 * baseline's carry the suffix {@code -<users>vu}, so that its runs are summed and compared apart from the saturated
 * ones.
 */
public record AtConcurrency(Scenario scenario, int users) implements Scenario {

    /** The id of {@code id} run by {@code users} virtual users. */
    public static String id(String id, int users) {
        return id + "-" + users + "vu";
    }

    @Override
    public String id() {
        return id(scenario.id(), users);
    }

    @Override
    public String title() {
        return scenario.title() + " (" + users + " virtual users, below saturation)";
    }

    @Override
    public String baseline() {
        return scenario.baseline() == null ? null : id(scenario.baseline(), users);
    }

    @Override
    public String skipReason() {
        return scenario.skipReason();
    }

    @Override
    public boolean prepares() {
        return scenario.prepares();
    }

    @Override
    public Worker worker(Browser browser, int index) throws Exception {
        return scenario.worker(browser, index);
    }
}
