package org.healthscore.engine.calibration;

import java.util.Arrays;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;

/**
 * Suggested band edges for the scores of the model on screen: the same number of bands, edges at whole scores,
 * chosen so that each band's churn rate is as distinct as the data allows (the step function of churn on score
 * with the highest likelihood, each band holding at least {@link #MIN_SHARE} of the accounts). Judged as
 * everything learned from outcomes is: edges learned on each fold's training part, churn per band counted on the
 * held-out part. The current edges learn nothing, so every account judges them.
 *
 * @param lowerBounds the suggested lower edges, best band first (the last is 0)
 * @param current     the current edges' figures, on every account with an outcome
 * @param proposed    the suggested edges' figures, on held-out accounts (cross-validated)
 */
public record BandEdgeSuggestion(double[] lowerBounds, Figures current, Figures proposed, int accounts, int folds,
                                 long seed) {
    /** Each band holds at least this share of the accounts with an outcome. */
    public static final double MIN_SHARE = 0.05;

    /**
     * What a set of edges does, best band first.
     *
     * @param churnRate        per band
     * @param share            of the accounts, per band
     * @param rising           churn rises band by band from the best band to the worst
     * @param lowestTwoCaught  share of the churners in the two lowest bands
     * @param lowestTwoShare   share of the accounts in them (caught ÷ share is the lift)
     */
    public record Figures(double[] churnRate, double[] share, boolean rising, double lowestTwoCaught,
                          double lowestTwoShare) {
        public double lift() {
            return lowestTwoShare > 0 ? lowestTwoCaught / lowestTwoShare : Double.NaN;
        }
    }

    /** Whether the proposal is worse than the current edges on what a CS team acts on: order, then lift. */
    public boolean worse() {
        return (current.rising() && !proposed.rising()) || proposed.lift() < current.lift() - 0.02;
    }

    /**
     * @param score          scores 0–100 per account (NaN unscored)
     * @param outcome        {@link Outcome} codes per account
     * @param include        which accounts count (a segment's, or all); null for all
     * @param currentBounds  the current lower edges, best band first
     */
    public static BandEdgeSuggestion suggest(double[] score, byte[] outcome, boolean[] include, double[] currentBounds,
                                             int folds, long seed, Cancel cancel) {
        int[] rows = java.util.stream.IntStream.range(0, score.length).filter(i -> outcome[i] != Outcome.UNKNOWN
                && !Double.isNaN(score[i]) && (include == null || include[i])).toArray();
        int k = currentBounds.length;
        if (rows.length < 2 * k * 20) {
            throw new IllegalArgumentException("too few scored accounts with an outcome (" + rows.length + ") to place "
                    + k + " bands");
        }
        byte[] y = new byte[rows.length];
        int[] bucket = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            y[r] = outcome[rows[r]] == Outcome.CHURNED ? (byte) 1 : 0;
            bucket[r] = (int) Math.max(0, Math.min(100, Math.floor(score[rows[r]])));
        }
        int[] fold = Folds.assign(y, folds, seed);
        double[][] heldOut = new double[k][2]; // per band: accounts, churned
        for (int f = 0; f < folds; f++) {
            cancel.check();
            double[][] counts = new double[101][2];
            for (int r = 0; r < rows.length; r++) {
                if (fold[r] != f) {
                    counts[bucket[r]][0]++;
                    counts[bucket[r]][1] += y[r];
                }
            }
            double[] bounds = edges(counts, k);
            for (int r = 0; r < rows.length; r++) {
                if (fold[r] == f) {
                    int b = band(bounds, score[rows[r]]);
                    heldOut[b][0]++;
                    heldOut[b][1] += y[r];
                }
            }
        }
        double[][] counts = new double[101][2];
        double[][] now = new double[k][2];
        for (int r = 0; r < rows.length; r++) {
            counts[bucket[r]][0]++;
            counts[bucket[r]][1] += y[r];
            int b = band(currentBounds, score[rows[r]]);
            now[b][0]++;
            now[b][1] += y[r];
        }
        return new BandEdgeSuggestion(edges(counts, k), figures(now), figures(heldOut), rows.length, folds, seed);
    }

    /** The band (0 = best) of a score under lower bounds best first. */
    static int band(double[] lowerBounds, double score) {
        for (int b = 0; b < lowerBounds.length; b++) {
            if (score >= lowerBounds[b]) {
                return b;
            }
        }
        return lowerBounds.length - 1;
    }

    /**
     * Lower edges (best first) of the k-step function of churn on the 101 whole-score buckets with the highest
     * binomial likelihood, each band at least {@link #MIN_SHARE} of the accounts: dynamic programming over the
     * buckets from the lowest score up.
     */
    static double[] edges(double[][] counts, int k) {
        int m = counts.length;
        double[] cn = new double[m + 1];
        double[] cc = new double[m + 1];
        for (int i = 0; i < m; i++) {
            cn[i + 1] = cn[i] + counts[i][0];
            cc[i + 1] = cc[i] + counts[i][1];
        }
        double min = Math.max(1, MIN_SHARE * cn[m]);
        double[][] best = new double[k + 1][m + 1];
        int[][] cut = new int[k + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int b = 1; b <= k; b++) {
            for (int end = 1; end <= m; end++) {
                for (int start = b - 1; start < end; start++) {
                    double n = cn[end] - cn[start];
                    if (best[b - 1][start] == Double.NEGATIVE_INFINITY || n < min) {
                        continue;
                    }
                    double ll = best[b - 1][start] + logLikelihood(n, cc[end] - cc[start]);
                    if (ll > best[b][end]) {
                        best[b][end] = ll;
                        cut[b][end] = start;
                    }
                }
            }
        }
        double[] lower = new double[k];
        int end = m;
        for (int b = k; b >= 1; b--) {
            int start = best[b][end] == Double.NEGATIVE_INFINITY ? Math.max(0, end - 1) : cut[b][end];
            lower[k - b] = start; // bands from the top: the k-th step from the bottom is the best band
            end = start;
        }
        lower[k - 1] = 0;
        return lower;
    }

    private static double logLikelihood(double n, double c) {
        if (n == 0) {
            return 0;
        }
        double p = c / n;
        return (c > 0 ? c * Math.log(p) : 0) + (n - c > 0 ? (n - c) * Math.log(1 - p) : 0);
    }

    private static Figures figures(double[][] perBand) {
        int k = perBand.length;
        double total = 0;
        double churned = 0;
        for (double[] b : perBand) {
            total += b[0];
            churned += b[1];
        }
        double[] rate = new double[k];
        double[] share = new double[k];
        boolean rising = true;
        for (int b = 0; b < k; b++) {
            rate[b] = perBand[b][0] == 0 ? Double.NaN : perBand[b][1] / perBand[b][0];
            share[b] = total == 0 ? 0 : perBand[b][0] / total;
            if (b > 0 && !Double.isNaN(rate[b]) && !Double.isNaN(rate[b - 1]) && rate[b] < rate[b - 1]) {
                rising = false;
            }
        }
        int low = Math.max(0, k - 2);
        double caught = 0;
        double held = 0;
        for (int b = low; b < k; b++) {
            caught += perBand[b][1];
            held += perBand[b][0];
        }
        return new Figures(rate, share, rising, churned == 0 ? 0 : caught / churned, total == 0 ? 0 : held / total);
    }
}
