package it.sportello.it.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The bad-input matrix of one public form: every field of the form gets every {@link BadValue} (the
 * million-character one only in the first field) while the other fields keep a well-formed value, each case from a
 * new visitor (its own cookies and authentication session), several visitors at a time. Each answer must be below
 * 500, show no stack trace and no unescaped script, and either show messages that are all from the bundles or be a
 * page the target accepts without one (the next step of its flow); {@code stored} then checks the case's rows.
 */
public final class FormMatrix {

    /** How a visitor reaches the form: opens the pages up to it in its session. */
    @FunctionalInterface
    public interface Opener {
        void open(FormSession session) throws Exception;
    }

    /** What the case left in the database, given its marker, the answer, the field and the value; null when fine. */
    @FunctionalInterface
    public interface StoredCheck {
        String check(String marker, FormSession.Answer answer, String field, BadValue value) throws Exception;
    }

    /** A form: its name in the report, how to reach it, its form id and well-formed fields ({@code %m} = marker). */
    public record Target(
            String name,
            Opener opener,
            String formId,
            Map<String, String> valid,
            List<String> fieldsUnderTest,
            Predicate<FormSession.Answer> nextStep,
            StoredCheck stored,
            boolean spreadOverAddresses) {}

    /** Cases per loopback address: below the rate limiter's server-wide cap of 100 per address and window. */
    static final int CASES_PER_ADDRESS = 80;

    private final PageMessages messages;
    private final Verdicts verdicts;
    private final AtomicInteger markers = new AtomicInteger();

    public FormMatrix(PageMessages messages, Verdicts verdicts) {
        this.messages = messages;
        this.verdicts = verdicts;
    }

    /** Runs every case of the target, {@code parallel} visitors at a time. */
    public void run(Target target, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> cases = new ArrayList<>();
            for (String field : target.fieldsUnderTest()) {
                for (BadValue value : BadValue.ALL) {
                    if (value.huge() && !field.equals(target.fieldsUnderTest().get(0))) {
                        continue;
                    }
                    cases.add(pool.submit(() -> {
                        runCase(target, field, value);
                        return null;
                    }));
                }
            }
            for (Future<?> done : cases) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void runCase(Target target, String field, BadValue value) {
        String marker = "m" + markers.incrementAndGet() + "x" + Long.toHexString(System.nanoTime());
        try {
            FormSession session = new FormSession().from(target.spreadOverAddresses() ? source(marker) : null);
            target.opener().open(session);
            Map<String, byte[]> fields = new LinkedHashMap<>();
            target.valid()
                    .forEach((k, v) -> fields.put(k, v.replace("%m", marker).getBytes(StandardCharsets.UTF_8)));
            for (String name : field.split("\\+")) {
                // "a+b": both fields get the value (an answer and its confirmation)
                fields.put(name, value.raw());
            }
            FormSession.Answer answer = session.post(target.formId(), fields);
            judge(target, field, value, answer);
            String stored = target.stored() == null ? null : target.stored().check(marker, answer, field, value);
            if (stored != null) {
                verdicts.fail(target.name(), value, field, stored);
            }
        } catch (Exception | AssertionError e) {
            verdicts.count(target.name(), "error");
            verdicts.fail(target.name(), value, field, "the case could not run: " + e);
        }
    }

    /** The loopback address of a case: a new one every {@link #CASES_PER_ADDRESS} cases, from 127.0.1.1 on. */
    private static String source(String marker) {
        int n = Integer.parseInt(marker.substring(1, marker.indexOf('x')));
        return "127.0.1." + (1 + n / CASES_PER_ADDRESS);
    }

    private void judge(Target target, String field, BadValue value, FormSession.Answer answer) {
        String body = answer.body();
        List<String> shown = PageMessages.shown(body);
        boolean next = target.nextStep().test(answer);
        if (answer.status() == 413 && shown.isEmpty()) {
            // the server's body limit, before any form code runs: a refusal, and not a 5xx
            verdicts.count(target.name(), "413 http layer");
            return;
        }
        verdicts.count(
                target.name(),
                answer.status() + (shown.isEmpty() ? (next ? " next step" : " no message") : " message"));
        if (answer.status() >= 500) {
            verdicts.fail(target.name(), value, field, "status " + answer.status() + ": " + excerpt(body));
        }
        if (Verdicts.hasStackTrace(body)) {
            verdicts.fail(target.name(), value, field, "stack trace in the page: " + excerpt(body));
        }
        if (body.contains(BadValue.SCRIPT)) {
            verdicts.fail(target.name(), value, field, "the script comes back unescaped");
        }
        if (shown.isEmpty() && !next) {
            verdicts.fail(
                    target.name(),
                    value,
                    field,
                    "no message and no next step (" + answer.status() + "): " + excerpt(body));
        }
        for (String text : shown) {
            if (!messages.isLocalized(text)) {
                verdicts.fail(target.name(), value, field, "message not from the bundles: " + excerpt(text));
            }
        }
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("(?s)<(head|script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
