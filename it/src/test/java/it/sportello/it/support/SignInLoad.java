package it.sportello.it.support;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A steady load of sign-ins: a few threads sending password grants for a list of accounts in turn, one after the
 * other, each attempt recorded with its start, end and answer. Answers other than 200 are kept with the start of
 * their body, so a report can say what failed and when.
 */
public final class SignInLoad implements AutoCloseable {

    /** An account of the realm and its password. */
    public record Account(String username, String password) {}

    /**
     * One sign-in: when it was sent and answered ({@link System#nanoTime()}), the status (-1: no answer) and, when it
     * failed, the start of the answer or the exception.
     */
    public record Attempt(String username, long sentNanos, long answeredNanos, int status, String failure) {
        public boolean succeeded() {
            return status == 200;
        }
    }

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BiFunction<String, String, java.net.http.HttpRequest> tokenRequest;
    private final List<Account> accounts;
    private final List<Attempt> attempts = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger next = new AtomicInteger();
    private ExecutorService threads;

    /** @param tokenRequest the password grant request for a username and password ({@link PartnerClient}) */
    public SignInLoad(BiFunction<String, String, java.net.http.HttpRequest> tokenRequest, List<Account> accounts) {
        this.tokenRequest = tokenRequest;
        this.accounts = List.copyOf(accounts);
    }

    /** Starts the load: {@code threadCount} threads, each sending its next sign-in as soon as the last is answered. */
    public void start(int threadCount) {
        running.set(true);
        threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.submit(() -> {
                while (running.get()) {
                    Account account = accounts.get(Math.floorMod(next.getAndIncrement(), accounts.size()));
                    record(signIn(account));
                }
            });
        }
    }

    /** Stops the load and waits for the sign-ins under way; the attempts so far, in the order they were sent. */
    public List<Attempt> stop() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(ANSWER_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
        return attempts();
    }

    /** One sign-in now, on the calling thread, recorded like the load's. */
    public Attempt signIn(Account account) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    withTimeout(tokenRequest.apply(account.username(), account.password())),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String failure = response.statusCode() == 200 ? null : body.substring(0, Math.min(200, body.length()));
            return new Attempt(account.username(), sent, System.nanoTime(), response.statusCode(), failure);
        } catch (java.io.IOException e) {
            return new Attempt(account.username(), sent, System.nanoTime(), -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(account.username(), sent, System.nanoTime(), -1, e.toString());
        }
    }

    public List<Attempt> attempts() {
        synchronized (attempts) {
            List<Attempt> copy = new ArrayList<>(attempts);
            copy.sort(java.util.Comparator.comparingLong(Attempt::sentNanos));
            return copy;
        }
    }

    private void record(Attempt attempt) {
        synchronized (attempts) {
            attempts.add(attempt);
        }
    }

    private static java.net.http.HttpRequest withTimeout(java.net.http.HttpRequest request) {
        return java.net.http.HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(ANSWER_TIMEOUT)
                .build();
    }

    @Override
    public void close() throws InterruptedException {
        if (threads != null && !threads.isShutdown()) {
            stop();
        }
    }
}
