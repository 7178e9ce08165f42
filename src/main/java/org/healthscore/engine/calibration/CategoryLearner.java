package org.healthscore.engine.calibration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * Points per category learned from churn on the training rows only: each category's churn rate smoothed toward
 * the training rate by {@link #PRIOR} pseudo-accounts (a level seen on three accounts stays near the middle
 * instead of earning 0 or 10 by chance), spread over 0–10 (10 = lowest rate). A column whose categories are
 * mostly too small to learn from — an id, a free-text field — is refused.
 */
final class CategoryLearner {
    static final double PRIOR = 20;
    /** A category "can be learned from" when at least this many training accounts have it. */
    static final int LEARNABLE = 10;

    /** Points per category, the policy for missing and unseen ones, or why the column cannot be a metric. */
    record Learned(Normalization.Categorical points, MissingPolicy missing, String refusal) {
    }

    private CategoryLearner() {
    }

    /** @param codes category codes per row (NaN missing); {@code names} their texts */
    static Learned learn(String column, double[] codes, String[] names, byte[] y, int[] train) {
        int k = names.length;
        double[] n = new double[k];
        double[] c = new double[k];
        double churned = 0;
        double known = 0;
        double missingN = 0;
        double missingC = 0;
        for (int i : train) {
            churned += y[i];
            if (Double.isNaN(codes[i])) {
                missingN++;
                missingC += y[i];
                continue;
            }
            known++;
            n[(int) codes[i]]++;
            c[(int) codes[i]] += y[i];
        }
        String refusal = refusal(column, n, known);
        if (refusal != null) {
            return new Learned(null, MissingPolicy.NEUTRAL, refusal);
        }
        double prior = churned / Math.max(1, train.length);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double[] rate = new double[k];
        for (int j = 0; j < k; j++) {
            rate[j] = (c[j] + PRIOR * prior) / (n[j] + PRIOR);
            if (n[j] > 0) {
                lo = Math.min(lo, rate[j]);
                hi = Math.max(hi, rate[j]);
            }
        }
        Map<String, Double> points = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            if (n[j] > 0) { // a category never seen in training is left out: missing, as the policy says
                points.put(names[j], hi - lo < 1e-12 ? 5.0 : Math.round(1000.0 * (hi - rate[j]) / (hi - lo)) / 100.0);
            }
        }
        double missingRate = (missingC + PRIOR * prior) / (missingN + PRIOR);
        MissingPolicy policy = missingN > 0 && hi > lo && 10 * (hi - missingRate) / (hi - lo) < 2.5
                ? MissingPolicy.ZERO : MissingPolicy.NEUTRAL;
        return new Learned(new Normalization.Categorical(points), policy, null);
    }

    /** Why a column with these category counts cannot be a metric, or null. */
    static String refusal(String column, double[] n, double known) {
        double learnable = 0;
        int levels = 0;
        for (double x : n) {
            levels += x > 0 ? 1 : 0;
            learnable += x >= LEARNABLE ? x : 0;
        }
        if (known > 0 && learnable < 0.5 * known) {
            return String.format(Locale.ROOT, "%s has %,d distinct values and most accounts' value is shared by fewer "
                    + "than %d others (an id or free text?): it cannot be learned from, so it is not a metric",
                    column, levels, LEARNABLE);
        }
        return null;
    }
}
