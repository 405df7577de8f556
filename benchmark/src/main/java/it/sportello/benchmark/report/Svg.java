package it.sportello.benchmark.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Grouped bar charts as inline SVG: one group per scenario, one bar per series (scale). No script, no network. */
final class Svg {

    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"};
    private static final int LEFT = 60;
    private static final int TOP = 30;
    private static final int CHART_HEIGHT = 220;

    private Svg() {}

    /** Where the chart's parts go: groups of bars left to right, the legend at the right. */
    private record Layout(double max, int groupWidth, int width, int height) {}

    static String groupedBars(String title, Map<String, Map<String, Double>> series, String unit) {
        Set<String> categories = new LinkedHashSet<>();
        series.values().forEach(v -> categories.addAll(v.keySet()));
        double max = series.values().stream()
                .flatMap(v -> v.values().stream())
                .filter(d -> !d.isNaN() && !d.isInfinite())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int groupWidth = Math.max(60, 20 * series.size() + 20);
        int width = LEFT + groupWidth * categories.size() + 160;
        Layout layout = new Layout(max, groupWidth, width, CHART_HEIGHT + 110);
        StringBuilder s = new StringBuilder();
        axes(s, layout, title);
        List<String> names = new ArrayList<>(series.keySet());
        int c = 0;
        for (String category : categories) {
            bars(s, layout, LEFT + c * groupWidth + 10, category, names, series, unit);
            c++;
        }
        legend(s, layout, names);
        return s.append("</svg></figure>").toString();
    }

    private static void axes(StringBuilder s, Layout layout, String title) {
        s.append(String.format(
                Locale.ROOT,
                "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"11\"><text x=\"%d\" y=\"16\" font-size=\"14\">%s</text>",
                layout.width(),
                layout.height(),
                LEFT,
                Format.esc(title)));
        s.append(line(LEFT, TOP, LEFT, TOP + CHART_HEIGHT))
                .append(line(LEFT, TOP + CHART_HEIGHT, layout.width() - 150, TOP + CHART_HEIGHT));
        for (int tick = 0; tick <= 4; tick++) {
            double value = layout.max() * tick / 4;
            int y = TOP + CHART_HEIGHT - (int) (CHART_HEIGHT * tick / 4.0);
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LEFT - 4,
                    y + 4,
                    Format.fmt(value)));
        }
    }

    private static void bars(
            StringBuilder s,
            Layout layout,
            int x0,
            String category,
            List<String> names,
            Map<String, Map<String, Double>> series,
            String unit) {
        for (int i = 0; i < names.size(); i++) {
            Double value = series.get(names.get(i)).get(category);
            if (value == null || value.isNaN() || value.isInfinite()) {
                continue;
            }
            int h = (int) Math.round(CHART_HEIGHT * value / layout.max());
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"%d\" fill=\"%s\"><title>%s %s: %s %s</title></rect>",
                    x0 + i * 20,
                    TOP + CHART_HEIGHT - h,
                    Math.max(h, 1),
                    COLORS[i % COLORS.length],
                    Format.esc(category),
                    Format.esc(names.get(i)),
                    Format.fmt(value),
                    unit));
        }
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" transform=\"rotate(30 %d %d)\">%s</text>",
                x0,
                TOP + CHART_HEIGHT + 14,
                x0,
                TOP + CHART_HEIGHT + 14,
                Format.esc(category)));
    }

    private static void legend(StringBuilder s, Layout layout, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            int y = TOP + 10 + i * 16;
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>",
                    layout.width() - 140,
                    y,
                    COLORS[i % COLORS.length],
                    layout.width() - 125,
                    y + 9,
                    Format.esc(names.get(i))));
        }
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", x1, y1, x2, y2);
    }
}
