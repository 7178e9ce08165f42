package org.healthscore.ui.metric;

import org.healthscore.data.DataColumn;
import org.healthscore.engine.MetricDiagnostics;
import org.healthscore.engine.Scores;

/**
 * What the metric editor draws, computed off the FX thread: the raw values' spread (30 bins between the 1st and
 * 99th percentile) or its categories, and how well the metric alone predicts churn — on the accounts on screen.
 */
record MetricProfile(String key, double lo, double hi, int[] counts, MetricDiagnostics diagnostics, boolean categorical,
                     java.util.List<String> categories) {
    static final int BINS = 30;

    static MetricProfile of(Scores scores, String key) {
        return of(scores, key, null);
    }

    /** On the accounts {@code mask} keeps (null: all): a segment view's, judged by the points they are scored by. */
    static MetricProfile of(Scores scores, String key, boolean[] mask) {
        int j = scores.model().indexOf(key);
        DataColumn raw = scores.frame().metric(key);
        MetricDiagnostics d = MetricDiagnostics.of(scores.points()[j], scores.frame().accounts().outcome(), mask);
        double[] v = java.util.Arrays.stream(raw.keep(mask).values()).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0 || raw.isCategorical()) {
            return new MetricProfile(key, 0, 1, new int[BINS], d, raw.isCategorical(),
                    raw.isCategorical() ? java.util.List.of(raw.categories()) : java.util.List.of());
        }
        double lo = v[(int) (0.01 * (v.length - 1))];
        double hi = v[(int) (0.99 * (v.length - 1))];
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int[] counts = new int[BINS];
        for (double x : v) {
            if (x >= lo && x <= hi) {
                counts[Math.min(BINS - 1, (int) ((x - lo) / (hi - lo) * BINS))]++;
            }
        }
        return new MetricProfile(key, lo, hi, counts, d, false, java.util.List.of());
    }
}
