package it.sportello.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-model load: a fixed pool of virtual users, each running its operation back to back for the run's duration,
 * which saturates the server when there are more users than cores. Each successful operation's time goes into an
 * HdrHistogram (microseconds, three significant digits); failed ones are counted, not timed.
 */
public final class LoadRunner {

    private final String realmUrl;
    private final String clientId;
    private final String redirectUri;
    private final int concurrency;

    public LoadRunner(String realmUrl, String clientId, String redirectUri, int concurrency) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.concurrency = concurrency;
    }

    /** What one measured run gave. */
    public record Sample(Histogram histogram, long operations, long errors, double seconds, List<String> firstErrors) {}

    /**
     * Prepares the workers, calls {@code before} (the counters snapshot), runs for {@code seconds}, waits for the
     * operations in flight, and calls {@code after}.
     */
    public Sample run(Scenario scenario, int seconds, Runnable before, Runnable after) throws Exception {
        List<Scenario.Worker> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(scenario.worker(new Browser(realmUrl, clientId, redirectUri), i));
        }
        Tally tally = new Tally(
                new Recorder(3),
                new AtomicLong(),
                new AtomicLong(),
                new AtomicBoolean(),
                new ConcurrentLinkedQueue<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (Scenario.Worker worker : workers) {
            running.add(pool.submit(() -> {
                start.await();
                operateUntilStopped(worker, tally);
                return null;
            }));
        }
        before.run();
        long t0 = System.nanoTime();
        start.countDown();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(seconds);
        while (!tally.stop().get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        tally.stop().set(true);
        for (Future<?> worker : running) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        after.run();
        pool.shutdownNow();
        return new Sample(
                tally.recorder().getIntervalHistogram(),
                tally.operations().get(),
                tally.errors().get(),
                elapsed,
                List.copyOf(tally.firstErrors()));
    }

    /** What the virtual users of one run count together, and the flag that stops them. */
    private record Tally(
            Recorder recorder,
            AtomicLong operations,
            AtomicLong errors,
            AtomicBoolean stop,
            ConcurrentLinkedQueue<String> firstErrors) {}

    /** One virtual user: operations back to back until the run stops or the scenario's customers are used up. */
    private static void operateUntilStopped(Scenario.Worker worker, Tally tally) {
        while (!tally.stop().get()) {
            long t0 = System.nanoTime();
            try {
                worker.operate();
                tally.recorder().recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                tally.operations().incrementAndGet();
            } catch (Scenario.PoolExhausted exhausted) {
                tally.stop().set(true);
            } catch (Exception | AssertionError failed) {
                tally.errors().incrementAndGet();
                if (tally.firstErrors().size() < 5) {
                    tally.firstErrors().add(failed.getClass().getSimpleName() + ": " + failed.getMessage());
                }
            }
        }
    }
}
