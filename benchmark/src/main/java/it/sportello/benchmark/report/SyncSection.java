package it.sportello.benchmark.report;

import it.sportello.benchmark.sync.SyncFigures;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The synchronization phase's table in {@code index.html}: one row per scale, against the targets. */
final class SyncSection {

    private SyncSection() {}

    static String html(Map<Integer, SyncFigures> byScale) {
        if (byScale.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<h2>Synchronization</h2><p>Changed-users sync of 1,000 CRM rows changed"
                + " (target &lt; 5 s at 1M; the first sync imports the rows not yet in Keycloak, the second refreshes"
                + " them), full sync (target ≥ 1,000 customers/s), Keycloak's heap after a full GC before, during"
                + " and after the full sync (target: flat from 100k to 1M).</p><table><tr><th>customers</th>"
                + "<th>changed sync 1 (ms, added/updated)</th><th>changed sync 2 (ms, added/updated)</th>"
                + "<th>full sync</th><th>customers/s</th><th>imports/s, steady</th>"
                + "<th>heap after GC, MB: before / peak / each sample</th></tr>");
        byScale.forEach((scale, f) -> h.append("<tr><td>")
                .append(scale)
                .append("</td><td>")
                .append(changed(f.firstChanged()))
                .append("</td><td>")
                .append(changed(f.changed()))
                .append("</td><td>")
                .append(f.full().completed() ? "done in " : "time box ended at ")
                .append(f.full().millis() / 1000)
                .append(" s, ")
                .append(f.full().imported() - f.full().importedBefore())
                .append(" imported</td><td>")
                .append(num(f.full().customersPerSecond(f.customers())))
                .append("</td><td>")
                .append(num(f.steadyImportsPerSecond()))
                .append("</td><td>")
                .append(heapLine(f))
                .append("</td></tr>"));
        return h.append("</table>").toString();
    }

    /** "before / peak / s1 s2 …" in MB. */
    static String heapLine(SyncFigures f) {
        return mb(f.heapBeforeKb()) + " / " + mb(f.peakHeapKb()) + " / "
                + f.samples().stream().map(s -> mb(s.heapUsedKb())).collect(Collectors.joining(" "));
    }

    private static String changed(SyncFigures.Changed c) {
        return c.millis() + " (" + c.added() + "/" + c.updated() + (c.failed() > 0 ? ", " + c.failed() + " failed" : "")
                + ")";
    }

    private static String mb(long kb) {
        return kb < 0 ? "?" : Long.toString(Math.round(kb / 1024.0));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
