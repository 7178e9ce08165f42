package org.healthscore.io.report;

import java.util.Locale;
import org.healthscore.engine.Backtest;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Normalization;

/** How the report writes figures and a metric's definition in words. */
final class ReportText {
    private ReportText() {
    }

    static double lowestTwoShare(Backtest.Result r) {
        double share = 0;
        for (int b = Math.max(0, r.bands().size() - 2); b < r.bands().size(); b++) {
            share += r.bands().get(b).share();
        }
        return share;
    }

    static String source(MetricSource s) {
        if (s instanceof MetricSource.Ratio r) {
            return r.numerator() + " ÷ " + r.denominator();
        }
        if (s instanceof MetricSource.Trend t) {
            return "change of " + t.column() + " over " + t.days() + " days";
        }
        return ((MetricSource.Column) s).column();
    }

    static String points(Normalization n) {
        if (n instanceof Normalization.Linear l) {
            return String.format(Locale.ROOT, "0 at %s, 10 at %s (a line)", num(l.min()), num(l.max()));
        }
        if (n instanceof Normalization.Thresholds t) {
            return String.format(Locale.ROOT, "%s: at risk %s, concerning %s, healthy %s",
                    t.interpolate() ? "interpolated" : "stepped", num(t.atRisk()), num(t.concerning()), num(t.healthy()));
        }
        if (n instanceof Normalization.Bins b) {
            return b.bins().size() + " bins: " + String.join(" / ", b.bins().stream().map(x -> num(x.points()))
                    .toList()) + " points";
        }
        return ((Normalization.Categorical) n).categoryPoints().size() + " categories, points each";
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "—";
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : "—";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String money(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        return Math.abs(v) >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", v / 1e9)
                : Math.abs(v) >= 1e6 ? String.format(Locale.ROOT, "$%.1fM", v / 1e6)
                : String.format(Locale.ROOT, "$%.0fk", v / 1e3);
    }
}
