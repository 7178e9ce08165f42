package org.healthscore.engine;

import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.model.Band;
import org.healthscore.model.HealthModel;

/**
 * The result of scoring a frame with a model: per account its score (NaN = unscored: no metric counted),
 * band (index into {@link BandScheme#bands()}, -1 when unscored), segment (-1 = defaults), and the metric
 * points and weights it was computed from. Arrays are shared, never modified after publication — except a live
 * preview's score and band, which the engine's next preview overwrites ({@link ScoringEngine#score(HealthModel,
 * Cancel, ChunkTally, boolean)}); a preview's Scores is therefore read only while it is evaluated and is never
 * published: {@link RecomputeResult} keeps per-account scores of settled results only.
 */
public record Scores(HealthModel model, AccountFrame frame, double[] score, byte[] band, BandScheme bandScheme,
                     int[] segmentOf, double[][] points, double[][] weightsBySegment) {

    public int size() {
        return score.length;
    }

    public List<Band> bands() {
        return bandScheme.bands();
    }

    /** Weights (model order) that apply to an account. */
    public double[] weightsOf(int account) {
        return weightsBySegment[segmentOf[account] + 1];
    }

    /** The metrics (model order) as they score an account: with its segment's own points where it has them. */
    public List<org.healthscore.model.Metric> metricsOf(int account) {
        int s = segmentOf[account];
        return s < 0 ? model.metrics() : model.metrics().stream().map(model.segments().get(s)::metricIn).toList();
    }

    /** The bands that apply to an account: its segment's own, or the model's. */
    public List<Band> bandsOf(int account) {
        int s = segmentOf[account];
        return s < 0 ? model.bands() : model.segments().get(s).bandsOr(model.bands());
    }

    /**
     * The score this account gets from {@code points} (model order, NaN = left out) under its own weights: the
     * engine's one formula, for a CSM's corrected points. NaN when no metric counts.
     */
    public double scoreWith(int account, double[] points) {
        return ScoreKernel.scoreOf(points, weightsOf(account));
    }

    /** The band (index into {@link #bands()}) that {@code score} falls in for this account's segment; -1 for NaN. */
    public byte bandFor(int account, double score) {
        if (score != score) {
            return -1;
        }
        int s = segmentOf[account];
        double[] lows = bandScheme.bandsFor(model, s).stream().mapToDouble(Band::lowerBound).toArray();
        return ScoreKernel.band(score, lows, bandScheme.segmentToGlobal()[s + 1]);
    }

    /**
     * Each metric's share of the account's score, in score points: 100 × wᵢ·pᵢ / (10 × Σw). They add up to
     * the score. A metric left out (re-weighted away) contributes NaN.
     */
    public double[] contributions(int account) {
        double[] p = new double[points.length];
        for (int j = 0; j < points.length; j++) {
            p[j] = points[j][account];
        }
        return contributions(p, weightsOf(account));
    }

    /** Contributions from one account's points (NaN = left out) and weights, as {@link #contributions(int)}. */
    static double[] contributions(double[] points, double[] weights) {
        double den = 0;
        for (int j = 0; j < points.length; j++) {
            if (points[j] == points[j]) {
                den += weights[j];
            }
        }
        double[] out = new double[points.length];
        for (int j = 0; j < points.length; j++) {
            double p = points[j];
            out[j] = p == p && den > 0 ? 100.0 * weights[j] * p / (10.0 * den) : Double.NaN;
        }
        return out;
    }
}
