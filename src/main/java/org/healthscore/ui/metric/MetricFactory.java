package org.healthscore.ui.metric;

import java.util.Arrays;
import org.healthscore.data.DataColumn;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.ui.session.LoadedWorkspace;

/**
 * A sensible first definition for a new metric on a column, weight 10 %: with outcomes in the workspace, points
 * fitted to churn ({@link org.healthscore.engine.calibration.MetricFitter}); without, {@link #defaultNormalization}.
 */
final class MetricFactory {
    private MetricFactory() {
    }

    static Metric forColumn(LoadedWorkspace w, String column, HealthModel model) {
        if (!w.dataset().hasColumn(column)) {
            throw new IllegalArgumentException("the workspace has no column " + column);
        }
        Metric draft = new Metric(uniqueKey(column, model), column.replace('_', ' '), new MetricSource.Column(column),
                Direction.HIGHER_IS_BETTER, Normalization.linear(0, 1), MissingPolicy.NEUTRAL,
                Metric.DEFAULT_STALENESS_DAYS, 10);
        DataColumn raw = w.frameAssembler().resolve(draft, w.frame().asOfDays());
        Metric start = draft.withNormalization(defaultNormalization(raw));
        if (!w.coverage().outcomes()) {
            return start; // nothing to learn from yet: a plain range (or 5 points a category) to edit by hand
        }
        // with outcomes, the metric starts from points fitted to churn (direction included), cross-validated
        var fit = org.healthscore.engine.calibration.MetricFitter.fit(start, raw, new double[raw.size()],
                w.frame().accounts().outcome(), 5, org.healthscore.engine.calibration.Folds.DEFAULT_SEED,
                org.healthscore.engine.Cancel.NEVER);
        if (fit.refusal() != null) {
            throw new IllegalArgumentException(fit.refusal());
        }
        return fit.fitted();
    }

    /**
     * A first normalization for a column's values: for categories, 5 points each (the user then says which
     * category is healthy); for numbers, linear over the 5th–95th percentile.
     */
    static Normalization defaultNormalization(DataColumn raw) {
        if (raw.isCategorical()) {
            java.util.Map<String, Double> neutral = new java.util.LinkedHashMap<>();
            for (String category : raw.categories()) {
                neutral.put(category, 5.0);
            }
            return new Normalization.Categorical(neutral);
        }
        double[] v = Arrays.stream(raw.values()).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Normalization.linear(0, 1);
        }
        double lo = v[(int) (0.05 * (v.length - 1))];
        double hi = v[(int) (0.95 * (v.length - 1))];
        if (!(lo < hi)) {
            lo = v[0];
            hi = v[v.length - 1] > v[0] ? v[v.length - 1] : v[0] + 1;
        }
        return Normalization.linear(lo, hi);
    }

    private static String uniqueKey(String column, HealthModel model) {
        String base = Metric.keyFromName(column);
        String key = base;
        for (int k = 2; model.indexOf(key) >= 0; k++) {
            key = base + "_" + k;
        }
        return key;
    }
}
