package it.sportello.benchmark.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keycloak's heap after a full GC, through the JDK's {@code jcmd} ({@code GC.run}, then {@code GC.heap_info}). */
public final class Jcmd {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private Jcmd() {}

    /** The heap used right after a full GC of the JVM {@code pid}, in KB, or -1 when jcmd could not tell. */
    public static long heapAfterGcKb(long pid) throws IOException, InterruptedException {
        run(pid, "GC.run");
        return heapUsedKb(run(pid, "GC.heap_info"));
    }

    /** Writes the JVM's flight recordings so far to {@code file} (nothing when it records none). */
    public static void dumpFlightRecording(long pid, Path file) throws IOException, InterruptedException {
        run(pid, "JFR.dump", "filename=" + file.toAbsolutePath());
    }

    /** The heap used in {@code GC.heap_info}'s output, in KB, or -1 when it says none. */
    public static long heapUsedKb(String heapInfo) {
        Matcher used = HEAP_USED.matcher(heapInfo);
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    private static String run(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
