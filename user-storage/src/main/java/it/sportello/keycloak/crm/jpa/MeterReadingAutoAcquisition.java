package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * The automatic acquisition of self-readings: every {@code interval}, the readings still submitted {@code delay}
 * after their submission are marked acquired, unless the CRM acquired or refused them first (or the customer withdrew
 * them): one conditional UPDATE on the CRM database, so two nodes running it, or a withdrawal at the same moment,
 * cannot acquire a reading twice nor acquire a withdrawn one.
 *
 * <p>Scheduled with Keycloak's {@link ClusterAwareScheduledTaskRunner}: each run takes the cluster-wide "executed"
 * mark of the task (the class's simple name, for one interval) first, so in a cluster one node runs it per interval;
 * the conditional UPDATE keeps it right even if two runs ever met.
 */
final class MeterReadingAutoAcquisition implements ScheduledTask {

    static final String TASK_NAME = "sportello-meter-reading-auto-acquisition";

    private static final Logger LOG = Logger.getLogger(MeterReadingAutoAcquisition.class);

    private final Duration delay;
    private final Clock clock;

    MeterReadingAutoAcquisition(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    @Override
    public void run(KeycloakSession session) {
        int acquired = session.getProvider(CustomerDirectory.class)
                .meterReadings()
                .acquireSubmittedBefore(clock.instant().minus(delay));
        if (acquired > 0) {
            LOG.infof("Acquired %d self-reading(s) submitted more than %s ago", acquired, delay);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }

    /** Schedules the task on this node's timer, cluster-aware, every {@code interval}. */
    static void schedule(KeycloakSessionFactory factory, Duration delay, Duration interval) {
        long intervalMillis = interval.toMillis();
        MeterReadingAutoAcquisition task = new MeterReadingAutoAcquisition(delay, Clock.systemUTC());
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .schedule(
                        new ClusterAwareScheduledTaskRunner(factory, task, intervalMillis), intervalMillis, TASK_NAME));
        LOG.infof("Self-readings are acquired automatically %s after submission (checked every %s)", delay, interval);
    }
}
