package it.sportello.benchmark.soak;

/**
 * The CRM connection pool's figures in Keycloak's management {@code /metrics} (Agroal, Prometheus text): threads
 * waiting for a connection now, and the longest wait so far in milliseconds; -1 each when the pool is not exposed.
 */
record PoolMetrics(double awaiting, double blockingMaxMillis) {

    static PoolMetrics parse(String metrics, String datasource) {
        double awaiting = -1;
        double blocking = -1;
        String label = "datasource=\"" + datasource + "\"";
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#") || !line.contains(label)) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("agroal_awaiting_count")) {
                awaiting = value;
            } else if (line.startsWith("agroal_blocking_time_max")) {
                blocking = value;
            }
        }
        return new PoolMetrics(awaiting, blocking);
    }
}
