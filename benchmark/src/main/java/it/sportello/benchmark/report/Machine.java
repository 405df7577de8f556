package it.sportello.benchmark.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts about the machine the benchmark ran on, read from the JVM and Linux's /proc. */
final class Machine {

    private Machine() {}

    static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("cpu", firstLine("/proc/cpuinfo", "model name"));
        facts.put("memory", firstLine("/proc/meminfo", "MemTotal"));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return facts;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception unknown) {
            return "unknown";
        }
    }

    /**
     * JVMs on the machine other than this one, the Maven that started it and the Keycloak it started (other
     * engineers' builds and servers).
     */
    static long otherJavaProcesses() {
        long self = ProcessHandle.current().pid();
        long maven = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && p.pid() != maven)
                .filter(p -> p.parent().map(parent -> parent.pid() != self).orElse(true))
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> !String.join(" ", a).contains("benchmark-work"))
                        .orElse(true))
                .count();
    }

    private static String firstLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (Exception unknown) {
            return "unknown";
        }
    }
}
