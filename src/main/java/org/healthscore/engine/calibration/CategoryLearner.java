package org.healthscore.engine.calibration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * Points per category learned from churn on the training rows only: each category's churn rate smoothed toward
 * the training rate by pseudo-accounts (a level seen on three accounts stays near the middle instead of earning 0
 * or 10 by chance; how many, from 20 to 160, chosen on the training rows), spread over 0–10 on the log-odds scale
 * (10 = lowest rate), as the numbers' bins are. A column whose categories are mostly too small to learn from — an
 * id, a free-text field — is refused.
 */
final class CategoryLearner {
    static final double PRIOR = 20;
    /** A category "can be learned from" when at least this many training accounts have it. */
    static final int LEARNABLE = 10;

    /** Points per category and the policy for missing and unseen ones. */
    record Learned(Normalization.Categorical points, MissingPolicy missing) {
    }

    private CategoryLearner() {
    }

    /**
     * Whether the column can be a metric at all is {@link #refusal}'s question, asked once of all its values:
     * a level learnable on all accounts may have fewer than {@link #LEARNABLE} in a fold's training part, and is
     * then simply pulled harder toward the overall rate.
     *
     * @param codes category codes per row (NaN missing); {@code names} their texts
     */
    static Learned learn(double[] codes, String[] names, byte[] y, int[] train) {
        int k = names.length;
        double[] n = new double[k];
        double[] c = new double[k];
        double churned = 0;
        double missingN = 0;
        double missingC = 0;
        for (int i : train) {
            churned += y[i];
            if (Double.isNaN(codes[i])) {
                missingN++;
                missingC += y[i];
                continue;
            }
            n[(int) codes[i]]++;
            c[(int) codes[i]] += y[i];
        }
        double prior = churned / Math.max(1, train.length);
        double strength = shrinkage(codes, k, y, train, prior);
        int seen = 0;
        for (double x : n) {
            seen += x > 0 ? 1 : 0;
        }
        double[] rates = new double[seen];
        for (int j = 0, at = 0; j < k; j++) {
            if (n[j] > 0) { // a category never seen in training is left out: missing, as the policy says
                rates[at++] = (c[j] + strength * prior) / (n[j] + strength);
            }
        }
        double missingRate = missingN == 0 ? Double.NaN : (missingC + strength * prior) / (missingN + strength);
        PointScale.Scaled scaled = PointScale.scale(rates, missingRate); // log-odds, as the numbers' bins
        Map<String, Double> points = new LinkedHashMap<>();
        for (int j = 0, at = 0; j < k; j++) {
            if (n[j] > 0) {
                points.put(names[j], scaled.points()[at++]);
            }
        }
        return new Learned(new Normalization.Categorical(points), scaled.missing());
    }

    /**
     * The pull toward the overall rate tried: pseudo-accounts of the overall rate added to each category. Never
     * less than {@link #PRIOR}: big levels with distinct rates would choose a weak pull that lets a level seen on
     * three accounts reach 0 or 10 by chance.
     */
    private static final double[] STRENGTHS = {PRIOR, 2 * PRIOR, 4 * PRIOR, 8 * PRIOR};

    /**
     * How strongly to pull categories' rates toward the overall one, chosen on the training rows alone: the one
     * whose rates, counted on four fifths of them, best predict the other fifth (log-likelihood). Levels with many
     * accounts and distinct rates want little pull; many small levels whose rates barely differ want much.
     */
    static double shrinkage(double[] codes, int k, byte[] y, int[] train, double prior) {
        int parts = 5;
        double[][] n = new double[parts][k];
        double[][] c = new double[parts][k];
        for (int i : train) {
            if (!Double.isNaN(codes[i])) {
                int part = Math.floorMod(i * 0x9E3779B1, parts); // a fixed scatter of rows over the parts
                n[part][(int) codes[i]]++;
                c[part][(int) codes[i]] += y[i];
            }
        }
        double[] totalN = new double[k];
        double[] totalC = new double[k];
        for (int part = 0; part < parts; part++) {
            for (int j = 0; j < k; j++) {
                totalN[j] += n[part][j];
                totalC[j] += c[part][j];
            }
        }
        double best = PRIOR;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double m : STRENGTHS) {
            double likelihood = 0;
            for (int part = 0; part < parts; part++) {
                for (int j = 0; j < k; j++) {
                    if (n[part][j] == 0) {
                        continue;
                    }
                    double rate = (totalC[j] - c[part][j] + m * prior) / (totalN[j] - n[part][j] + m);
                    rate = Math.min(1 - 1e-9, Math.max(1e-9, rate));
                    likelihood += c[part][j] * Math.log(rate) + (n[part][j] - c[part][j]) * Math.log(1 - rate);
                }
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = m;
            }
        }
        return best;
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
