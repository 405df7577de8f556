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

    private Svg() {}

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
        int left = 60;
        int chartHeight = 220;
        int width = left + groupWidth * categories.size() + 160;
        int height = chartHeight + 110;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"11\"><text x=\"%d\" y=\"16\" font-size=\"14\">%s</text>",
                width,
                height,
                left,
                Report.esc(title)));
        int top = 30;
        s.append(line(left, top, left, top + chartHeight))
                .append(line(left, top + chartHeight, width - 150, top + chartHeight));
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            int y = top + chartHeight - (int) (chartHeight * tick / 4.0);
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    left - 4,
                    y + 4,
                    Report.fmt(value)));
        }
        List<String> names = new ArrayList<>(series.keySet());
        int c = 0;
        for (String category : categories) {
            int x0 = left + c * groupWidth + 10;
            for (int i = 0; i < names.size(); i++) {
                Double value = series.get(names.get(i)).get(category);
                if (value == null || value.isNaN() || value.isInfinite()) {
                    continue;
                }
                int h = (int) Math.round(chartHeight * value / max);
                s.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"%d\" fill=\"%s\"><title>%s %s: %s %s</title></rect>",
                        x0 + i * 20,
                        top + chartHeight - h,
                        Math.max(h, 1),
                        COLORS[i % COLORS.length],
                        Report.esc(category),
                        Report.esc(names.get(i)),
                        Report.fmt(value),
                        unit));
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" transform=\"rotate(30 %d %d)\">%s</text>",
                    x0,
                    top + chartHeight + 14,
                    x0,
                    top + chartHeight + 14,
                    Report.esc(category)));
            c++;
        }
        for (int i = 0; i < names.size(); i++) {
            int y = top + 10 + i * 16;
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>",
                    width - 140,
                    y,
                    COLORS[i % COLORS.length],
                    width - 125,
                    y + 9,
                    Report.esc(names.get(i))));
        }
        return s.append("</svg></figure>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", x1, y1, x2, y2);
    }
}
