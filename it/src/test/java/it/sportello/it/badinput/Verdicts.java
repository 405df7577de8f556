package it.sportello.it.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the matrix found: the cases run per target, how they were answered, and every case that broke a rule. The
 * matrix runs every case before it fails, so one run lists all the findings. Thread-safe: the matrix's reads run
 * several at a time (a plain {@code TreeMap} counted from eight threads once broke inside its own rotation).
 */
public final class Verdicts {

    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\tat [a-zA-Z_$][\\w$.]*\\(|\\bat (java|jakarta|org\\.keycloak|org\\.hibernate|io\\.quarkus|it\\.sportello)"
                    + "\\.[\\w$.]+\\(|Exception: |\\bcaused by:|\\.java:[0-9]+\\))",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Integer> cases = new TreeMap<>();
    private final Map<String, Integer> answers = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    /** Counts one case of a target (a form or an operation) with its answer, e.g. "400 problem". */
    public synchronized void count(String target, String answer) {
        cases.merge(target, 1, Integer::sum);
        answers.merge(target + " -> " + answer, 1, Integer::sum);
    }

    public synchronized void fail(String target, BadValue value, String where, String what) {
        failures.add(target + " [" + where + " = " + value + "]: " + what);
    }

    public synchronized int failures() {
        return failures.size();
    }

    public synchronized int cases(String target) {
        return cases.getOrDefault(target, 0);
    }

    /** How many cases of a target got this answer. */
    public synchronized int answered(String target, String answer) {
        return answers.getOrDefault(target + " -> " + answer, 0);
    }

    /** The body shows a stack trace or an exception's class and message. */
    public static boolean hasStackTrace(String body) {
        return STACK_TRACE.matcher(body).find();
    }

    /** Cases per target and answers, then the findings: printed by the test, also when it passes. */
    public synchronized String report() {
        StringBuilder out = new StringBuilder("Bad-input matrix: cases per target\n");
        cases.forEach((target, n) -> out.append(String.format("  %5d  %s%n", n, target)));
        out.append("Answers\n");
        answers.forEach((answer, n) -> out.append(String.format("  %5d  %s%n", n, answer)));
        out.append(failures.size()).append(" finding(s)\n");
        for (String failure : failures) {
            out.append("  ")
                    .append(failure.length() > 600 ? failure.substring(0, 600) + "..." : failure)
                    .append('\n');
        }
        return out.toString();
    }
}
