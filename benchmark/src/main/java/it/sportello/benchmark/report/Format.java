package it.sportello.benchmark.report;

import java.util.Locale;

/** How the report writes numbers and text: the same figure reads the same in HTML, CSV, Markdown and the plots. */
final class Format {

    private Format() {}

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    /** Ratios with three decimals, so that the verdict and the figure shown never disagree by rounding. */
    static String ratio(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
