package it.sportello.benchmark.report;

import static it.sportello.benchmark.report.Format.esc;

import it.sportello.benchmark.soak.SoakSeries;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The soak in {@code index.html}: its checks, a row per minute, and the per-minute plots (inline SVG). */
final class SoakSection {

    private SoakSection() {}

    static String html(Map<Integer, SoakSeries> byScale) {
        StringBuilder h = new StringBuilder();
        byScale.forEach((scale, soak) -> {
            h.append("<h2>Soak at ")
                    .append(scale)
                    .append(" customers</h2><p>")
                    .append(String.format(
                            Locale.ROOT,
                            "%.2f sign-ins/s, 70 %% of the %.2f measured at saturation just before; per sign-in two"
                                    + " refreshes, two supply-point lists, two invoice pages; readings at 0.5/s; open"
                                    + " model, each operation timed from when it was due. A full GC is forced after"
                                    + " each minute to read the heap.",
                            soak.signInsPerSecond(),
                            soak.maxSignInsPerSecond()))
                    .append("</p><ul>");
            soak.verdicts().forEach(v -> h.append("<li>").append(esc(v)).append("</li>"));
            h.append("</ul><table><tr><th>minute</th><th>operations</th><th>errors</th><th>p99 ms</th>"
                    + "<th>sign-in p99 ms</th><th>heap after GC MB</th><th>CRM pool waiting</th>"
                    + "<th>CRM pool longest wait ms</th></tr>");
            for (SoakSeries.Minute m : soak.minutes()) {
                h.append(String.format(
                        Locale.ROOT,
                        "<tr><td>%d</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%d</td><td>%s</td>"
                                + "<td>%s</td></tr>",
                        m.minute(),
                        m.operations(),
                        m.errors(),
                        m.p99Millis(),
                        m.signInP99Millis(),
                        Math.round(m.heapAfterGcKb() / 1024.0),
                        pool(m.poolAwaiting()),
                        pool(m.poolBlockingMaxMillis())));
            }
            h.append("</table>");
            h.append(Svg.groupedBars(
                    "Soak: p99 per minute (ms)", plot(soak, m -> m.p99Millis(), m -> m.signInP99Millis()), "ms"));
            h.append(Svg.groupedBars(
                    "Soak: Keycloak heap after full GC per minute (MB)",
                    plot(soak, m -> m.heapAfterGcKb() / 1024.0, null),
                    "MB"));
        });
        return h.toString();
    }

    /** Series by minute: "all operations" (or "heap") and, when given, "sign-ins". */
    static Map<String, Map<String, Double>> plot(
            SoakSeries soak, ToDoubleFunction<SoakSeries.Minute> first, ToDoubleFunction<SoakSeries.Minute> signIns) {
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        Map<String, Double> a = new LinkedHashMap<>();
        Map<String, Double> b = new LinkedHashMap<>();
        for (SoakSeries.Minute m : soak.minutes()) {
            a.put("min " + m.minute(), first.applyAsDouble(m));
            if (signIns != null) {
                b.put("min " + m.minute(), signIns.applyAsDouble(m));
            }
        }
        series.put(signIns == null ? "heap" : "all operations", a);
        if (signIns != null) {
            series.put("sign-ins", b);
        }
        return series;
    }

    private static String pool(double v) {
        return v < 0 ? "not exposed" : String.format(Locale.ROOT, "%.0f", v);
    }
}
