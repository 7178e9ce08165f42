package org.healthscore.engine;

import org.healthscore.data.DataColumn;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/** Turns one metric's raw column into points (0–10) with the missing policy applied; NaN = left out (re-weight). */
public final class MetricPoints {
    private MetricPoints() {
    }

    public static double[] compute(Metric metric, DataColumn raw, Cancel cancel) {
        double[] values = raw.values();
        double[] out = new double[values.length];
        double missingPoints = switch (metric.missing()) {
            case NEUTRAL -> 5.0;
            case ZERO -> 0.0;
            case REWEIGHT -> Double.NaN;
        };
        double[] categoryPoints = categoryPoints(metric, raw);
        Chunks.forEach(values.length, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double v = values[i];
                double p;
                if (v != v) {
                    p = Double.NaN;
                } else if (categoryPoints != null) {
                    p = categoryPoints[(int) v];
                } else {
                    p = metric.normalization().points(v, metric.direction());
                }
                out[i] = p == p ? p : missingPoints;
            }
        });
        return out;
    }

    /** For a categorical column under a categorical normalization: points per category code, looked up once. */
    private static double[] categoryPoints(Metric metric, DataColumn raw) {
        if (!raw.isCategorical()) {
            return null;
        }
        String[] categories = raw.categories();
        double[] points = new double[categories.length];
        for (int c = 0; c < categories.length; c++) {
            points[c] = metric.normalization() instanceof Normalization.Categorical cat
                    ? cat.pointsFor(categories[c])
                    : metric.normalization().points(parseOrNaN(categories[c]), metric.direction());
        }
        return points;
    }

    /** A category's text as a number by the model format's grammar (RowScorer.number), or NaN. */
    private static double parseOrNaN(String text) {
        return RowScorer.number(text);
    }

    /** Points of a single raw value, as the kernel computes them (for one-off explanations and tests). */
    public static double single(Metric metric, double raw) {
        double p = Double.isNaN(raw) ? Double.NaN : metric.normalization().points(raw, metric.direction());
        if (p == p) {
            return p;
        }
        return metric.missing() == MissingPolicy.NEUTRAL ? 5.0 : metric.missing() == MissingPolicy.ZERO ? 0.0 : Double.NaN;
    }
}
