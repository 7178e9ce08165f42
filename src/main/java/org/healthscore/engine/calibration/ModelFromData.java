package org.healthscore.engine.calibration;

import java.util.HashMap;
import java.util.Map;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.PercentileBins;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * A first metric for a column, chosen from the data: for numbers, the direction from the sign of their
 * correlation with churn and five percentile bins; for categories, points by each category's churn rate (the
 * lowest rate earns 10, the highest 0).
 */
public final class ModelFromData {
    public static final int GROUPS = 5;

    private ModelFromData() {
    }

    public static Metric metric(DataColumn raw, byte[] outcome) {
        String key = Metric.keyFromName(raw.name());
        Normalization n;
        Direction dir = Direction.HIGHER_IS_BETTER;
        if (raw.isCategorical()) {
            n = Normalization.categorical(categoryPoints(raw, outcome));
        } else {
            dir = correlationWithChurn(raw.values(), outcome) > 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            n = PercentileBins.of(raw, GROUPS, dir);
        }
        return new Metric(key, raw.name(), new MetricSource.Column(raw.name()), dir, n, MissingPolicy.NEUTRAL,
                Metric.DEFAULT_STALENESS_DAYS, 1);
    }

    static double correlationWithChurn(double[] v, byte[] outcome) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i]) || outcome[i] == Outcome.UNKNOWN) {
                continue;
            }
            double y = outcome[i] == Outcome.CHURNED ? 1 : 0;
            sx += v[i];
            sy += y;
            sxx += v[i] * v[i];
            syy += y * y;
            sxy += v[i] * y;
            n++;
        }
        double cov = sxy - sx * sy / n;
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        return vx <= 0 || vy <= 0 ? 0 : cov / Math.sqrt(vx * vy);
    }

    private static Map<String, Double> categoryPoints(DataColumn raw, byte[] outcome) {
        int k = raw.categories().length;
        double[] churned = new double[k];
        double[] known = new double[k];
        for (int i = 0; i < raw.size(); i++) {
            double c = raw.values()[i];
            if (!Double.isNaN(c) && outcome[i] != Outcome.UNKNOWN) {
                known[(int) c]++;
                churned[(int) c] += outcome[i] == Outcome.CHURNED ? 1 : 0;
            }
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double[] rate = new double[k];
        for (int c = 0; c < k; c++) {
            rate[c] = known[c] == 0 ? Double.NaN : churned[c] / known[c];
            if (!Double.isNaN(rate[c])) {
                lo = Math.min(lo, rate[c]);
                hi = Math.max(hi, rate[c]);
            }
        }
        Map<String, Double> points = new HashMap<>();
        for (int c = 0; c < k; c++) {
            double p = Double.isNaN(rate[c]) || hi <= lo ? 5.0 : 10.0 * (hi - rate[c]) / (hi - lo);
            points.put(raw.categories()[c], Math.round(p * 100) / 100.0);
        }
        return points;
    }
}
