package org.healthscore.engine.calibration;

import java.util.List;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.RankStats;
import org.healthscore.model.Metric;

/**
 * "Fit points from data" for one metric: its points (bins, a line or category points) and missing policy learned
 * from churn as {@link ModelBuilder} learns them, with the cross-validated AUC of points learned that way next to
 * the AUC of the metric's current points on the same accounts (nothing is learned for those, so every account
 * with an outcome judges them).
 *
 * @param fitted  the metric with its learned points, or null when the column cannot be learned from
 * @param refusal why not, in one line, or null
 */
public record MetricFitter(Metric fitted, double fittedCvAuc, double currentAuc, String refusal) {

    /**
     * @param current the metric as it is (its key, label, source, staleness and weight are kept)
     * @param raw     its raw values per account (NaN missing), as the metric reads them
     * @param points  its current points per account (NaN left out), for the "before" figure
     */
    public static MetricFitter fit(Metric current, DataColumn raw, double[] points, byte[] outcome, int folds,
                                   long seed, Cancel cancel) {
        double before = currentAuc(points, outcome);
        DataColumn named = new DataColumn(current.label(), raw.values(), raw.categories());
        try {
            ModelBuilder.Result r = ModelBuilder.build(current.label(), List.of(named), outcome, folds, seed, cancel);
            if (!r.refused().isEmpty()) {
                return new MetricFitter(null, Double.NaN, before, r.refused().get(0));
            }
            Metric learned = r.model().metrics().get(0);
            Metric fitted = current.withNormalization(learned.normalization()).withDirection(learned.direction())
                    .withMissing(learned.missing());
            return new MetricFitter(fitted, r.cvAuc(), before, null);
        } catch (IllegalArgumentException e) {
            return new MetricFitter(null, Double.NaN, before, e.getMessage());
        }
    }

    /**
     * As {@link #fit(Metric, DataColumn, double[], byte[], int, long, Cancel)} on the accounts {@code mask} keeps
     * (null: all): one segment's, for points fitted on its accounts and applied to them.
     */
    public static MetricFitter fit(Metric current, DataColumn raw, double[] points, byte[] outcome, boolean[] mask,
                                   int folds, long seed, Cancel cancel) {
        return fit(current, raw, points, AccountFilter.outcomesWithin(outcome, mask), folds, seed, cancel);
    }

    /** AUC of the current points over every account with an outcome (left-out points count as neutral, 5). */
    static double currentAuc(double[] points, byte[] outcome) {
        return RankStats.auc(null, outcome.length, i -> outcome[i] == Outcome.CHURNED,
                i -> outcome[i] == Outcome.UNKNOWN ? Double.NaN : Double.isNaN(points[i]) ? 5 : points[i]);
    }
}
