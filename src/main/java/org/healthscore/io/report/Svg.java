package org.healthscore.io.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the report: no script, no external reference, readable in any mail client. */
final class Svg {
    static final int W = 640;
    static final int H = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private Svg() {
    }

    /** One bar of a bar chart: its category label, height (in the axis unit) and CSS color. */
    record Bar(String label, double value, String color) {
    }

    /** A group of bars sharing a category (e.g. a lead time), one bar per series. */
    record Group(String label, List<Bar> bars) {
    }

    static String bars(String title, String yLabel, double yMax, List<Group> groups, String xLabel) {
        StringBuilder sb = open(title);
        axes(sb, yLabel, yMax, xLabel);
        double plotW = W - LEFT - RIGHT;
        double slot = plotW / Math.max(1, groups.size());
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double barW = slot * 0.8 / Math.max(1, group.bars().size());
            for (int b = 0; b < group.bars().size(); b++) {
                Bar bar = group.bars().get(b);
                double v = Double.isFinite(bar.value()) ? Math.max(0, Math.min(yMax, bar.value())) : 0;
                double h = (H - TOP - BOTTOM) * v / yMax;
                double x = LEFT + g * slot + slot * 0.1 + b * barW;
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s: %s</title></rect>", x, H - BOTTOM - h, barW * 0.92, h,
                        Html.text(bar.color()), Html.text(bar.label()), format(bar.value())));
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%s"
                    + "</text>", LEFT + g * slot + slot / 2, H - BOTTOM + 16, Html.text(group.label())));
        }
        return close(sb);
    }

    /**
     * The score distribution: a bar per bin of {@code binWidth} points, in its band's color, its churned accounts
     * the darker lower part.
     */
    static String histogram(String title, double binWidth, int[] churned, int[] others, String[] colors) {
        StringBuilder sb = open(title);
        int tallest = 1;
        for (int b = 0; b < churned.length; b++) {
            tallest = Math.max(tallest, churned[b] + others[b]);
        }
        double yMax = niceCeiling(tallest);
        axes(sb, "Accounts", yMax, "Health score");
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        double slot = plotW / Math.max(1, churned.length);
        for (int b = 0; b < churned.length; b++) {
            double x = LEFT + b * slot + 1;
            double hc = plotH * churned[b] / yMax;
            double ho = plotH * others[b] / yMax;
            String color = colors[b];
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\" fill-opacity=\"0.55\"><title>%s–%s: %d accounts, %d churned</title></rect>", x,
                    H - BOTTOM - hc - ho, slot - 2, ho, color, format(b * binWidth), format((b + 1) * binWidth),
                    churned[b] + others[b], churned[b]));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\"/>", x, H - BOTTOM - hc, slot - 2, hc, color));
            if (b % 2 == 0) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%s</text>", x,
                        H - BOTTOM + 16, format(b * binWidth)));
            }
        }
        return close(sb);
    }

    private static double niceCeiling(int v) {
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * step >= v) {
                return m * step;
            }
        }
        return 10 * step;
    }

    /** A ROC curve against the diagonal of a random guess. */
    static String roc(String title, double[] fpr, double[] tpr) {
        StringBuilder sb = open(title);
        axes(sb, "Churners caught", 1, "Share of retained accounts flagged (false positives)");
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8c959f\" "
                + "stroke-dasharray=\"6 6\"/>", LEFT, H - BOTTOM, W - RIGHT, TOP));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < fpr.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + plotW * fpr[i], H - BOTTOM - plotH * tpr[i]));
        }
        sb.append("<polyline fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2.5\" points=\"").append(points.toString()
                .trim()).append("\"/>");
        return close(sb);
    }

    private static StringBuilder open(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">", W, H, W, H, Html.text(title)));
        return sb;
    }

    private static String close(StringBuilder sb) {
        return sb.append("</svg>").toString();
    }

    private static void axes(StringBuilder sb, String yLabel, double yMax, String xLabel) {
        int x0 = LEFT;
        int y0 = H - BOTTOM;
        for (int t = 0; t <= 4; t++) {
            double v = yMax * t / 4;
            double y = y0 - (H - TOP - BOTTOM) * t / 4.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d7de\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>", x0, y, W - RIGHT, y,
                    x0 - 6, y + 4, format(v)));
        }
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\"/>",
                x0, y0, W - RIGHT, y0));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"axis\">%s</text>",
                (x0 + W - RIGHT) / 2, H - 8, Html.text(xLabel)));
        sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" class=\"axis\" "
                + "transform=\"rotate(-90 14 %d)\">%s</text>", (TOP + y0) / 2, (TOP + y0) / 2, Html.text(yLabel)));
    }

    private static String format(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
