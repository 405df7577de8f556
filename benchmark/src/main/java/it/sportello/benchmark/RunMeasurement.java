package it.sportello.benchmark;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import it.sportello.benchmark.load.LoadRunner;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.report.RunResult;
import it.sportello.benchmark.server.ServerCounters;
import java.util.Locale;

/**
 * One measured run of a scenario: the server's counters and the mail sink read around the load, their differences
 * turned into a {@link RunResult}, and one log line.
 */
final class RunMeasurement {

    private final LoadRunner runner;
    private final ServerCounters counters;
    private final GreenMail mail;
    private final BenchmarkSettings settings;
    private final int scale;

    RunMeasurement(LoadRunner runner, ServerCounters counters, GreenMail mail, BenchmarkSettings settings, int scale) {
        this.runner = runner;
        this.counters = counters;
        this.mail = mail;
        this.settings = settings;
        this.scale = scale;
    }

    RunResult measure(Scenario scenario, int round, int pairedWith) throws Exception {
        ServerCounters.Snapshot[] before = new ServerCounters.Snapshot[1];
        ServerCounters.Snapshot[] cpuAfter = new ServerCounters.Snapshot[1];
        long[] mails = new long[1];
        LoadRunner.Sample sample = runner.run(
                scenario,
                settings.seconds(),
                // the previous run's settled reading stands for "before" unless preparing the workers used the server
                () -> {
                    counters.freeStatementSlots();
                    before[0] = scenario.prepares() ? counters.readSettled() : counters.read();
                    try {
                        mail.purgeEmailFromAllMailboxes();
                    } catch (FolderException e) {
                        throw new IllegalStateException("Cannot empty the mail sink", e);
                    }
                },
                () -> {
                    cpuAfter[0] = counters.read();
                    // Keycloak sends its mails within the request, so every mail of the run is in by now
                    mails[0] = mail.getReceivedMessages().length;
                });
        ServerCounters.Snapshot delta =
                cpuAfter[0].withCrmOf(counters.readSettled()).minus(before[0]);
        RunResult result = new RunResult(
                scale,
                round,
                scenario.id(),
                sample.histogram(),
                sample.operations(),
                sample.errors(),
                sample.seconds(),
                delta.cpuSeconds(),
                delta.cpuSource(),
                delta.driverCpuSeconds(),
                delta.crmStatements(),
                delta.perStatement(),
                delta.statementsEvicted(),
                counters.settles() ? delta.crmScans() : -1,
                counters.settles() ? delta.crmTransactions() : -1,
                mails[0],
                pairedWith,
                sample.firstErrors().isEmpty() ? "" : sample.firstErrors().get(0));
        BenchmarkMain.log(line(result, sample, delta));
        return result;
    }

    private static String line(RunResult result, LoadRunner.Sample sample, ServerCounters.Snapshot delta) {
        double ops = Math.max(1, sample.operations());
        return String.format(
                Locale.ROOT,
                "%7d round %d %-20s %6d ops %4d errors %7.1f op/s p95 %7.1f ms cpu %6.1f ms/op driver %5.1f ms/op"
                        + " crm statements %s/op scans %s/op mails %.2f/op%s",
                result.scale(),
                result.round(),
                result.scenario(),
                sample.operations(),
                sample.errors(),
                result.throughput(),
                sample.histogram().getTotalCount() == 0 ? 0 : sample.histogram().getValueAtPercentile(95) / 1000.0,
                1000 * delta.cpuSeconds() / ops,
                1000 * delta.driverCpuSeconds() / ops,
                result.crmStatements() < 0 ? "—" : String.format(Locale.ROOT, "%.2f", result.crmStatements() / ops),
                result.crmScans() < 0 ? "—" : String.format(Locale.ROOT, "%.2f", result.crmScans() / ops),
                result.mails() / ops,
                sample.firstErrors().isEmpty()
                        ? ""
                        : " first error: " + sample.firstErrors().get(0));
    }
}
