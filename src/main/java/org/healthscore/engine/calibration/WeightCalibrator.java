package org.healthscore.engine.calibration;

import java.util.Arrays;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.RankStats;

/**
 * Suggests weights for the current metrics' points by non-negative logistic regression of churn, and checks
 * the suggestion by k-fold cross-validation (folds stratified by outcome, shuffled with {@link Folds#DEFAULT_SEED}).
 * Points left out by a re-weight policy count as neutral (5) here.
 */
public final class WeightCalibrator {
    private WeightCalibrator() {
    }

    /** Progress: folds done of folds + 1 (the final fit on everything). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void report(int done, int total);
    }

    /**
     * What the user asks of a suggestion beyond the best fit: every metric keeps at least {@code floorPercent}
     * of the weight (a one-metric model no CSM trusts), and the suggestion is pulled toward the current weights
     * by {@code pull} (0 = the fit, 1 = the current weights). Each one's cost shows in the cross-validated AUC.
     */
    public record Regularization(double floorPercent, double pull) {
        public static final Regularization NONE = new Regularization(0, 0);

        public Regularization {
            if (!(floorPercent >= 0) || !(pull >= 0 && pull <= 1)) {
                throw new IllegalArgumentException("a floor of 0 % or more and a pull from 0 to 1, not "
                        + floorPercent + " and " + pull);
            }
        }
    }

    /** Calibrates on the accounts of one segment only ({@code segmentOf[i] == segment}; -1 = in no segment). */
    public static Calibration calibrateSegment(double[][] points, byte[] outcome, int[] segmentOf, int segment,
                                               double[] currentWeights, int folds, Cancel cancel, Progress progress) {
        return calibrateSegment(points, outcome, segmentOf, segment, currentWeights, folds, Regularization.NONE,
                cancel, progress);
    }

    public static Calibration calibrateSegment(double[][] points, byte[] outcome, int[] segmentOf, int segment,
                                               double[] currentWeights, int folds, Regularization reg, Cancel cancel,
                                               Progress progress) {
        byte[] only = outcome.clone();
        for (int i = 0; i < only.length; i++) {
            if (segmentOf[i] != segment) {
                only[i] = Outcome.UNKNOWN; // outside the segment: not fitted, not judged
            }
        }
        return calibrate(points, only, currentWeights, folds, reg, cancel, progress);
    }

    public static Calibration calibrate(double[][] points, byte[] outcome, double[] currentWeights, int folds,
                                        Cancel cancel, Progress progress) {
        return calibrate(points, outcome, currentWeights, folds, Regularization.NONE, cancel, progress);
    }

    /**
     * Fits on points with left-out values as neutral (5) — a fit needs a value — and judges every weighting as
     * the engine scores: a metric left out for an account is left out of its score and the others re-weighted
     * ({@link #scoredAuc}), so the current weights' in-sample AUC is the headline figure's.
     */
    public static Calibration calibrate(double[][] points, byte[] outcome, double[] currentWeights, int folds,
                                        Regularization reg, Cancel cancel, Progress progress) {
        int k = points.length;
        int[] known = rowsWithOutcome(outcome);
        double[][] p = neutralFilled(points, known);
        double[][] raw = compacted(points, known);
        byte[] y = new byte[known.length];
        for (int r = 0; r < known.length; r++) {
            y[r] = outcome[known[r]] == Outcome.CHURNED ? (byte) 1 : 0;
        }
        int n = known.length;
        double[] currentShares = shares(currentWeights, Regularization.NONE, null);
        int[] fold = Folds.assign(y, folds, Folds.DEFAULT_SEED); // stratified by outcome, shuffled, seeded
        double cvSuggested = 0;
        double cvFree = 0;
        double cvCurrent = 0;
        double cvLogistic = 0;
        for (int f = 0; f < folds; f++) {
            cancel.check();
            progress.report(f, folds + 1);
            int[][] split = Folds.split(fold, f);
            double[] w = LogisticFit.fit(p, y, split[0], true).weights();
            double[] u = LogisticFit.fit(p, y, split[0], false).weights();
            cvSuggested += scoredAuc(raw, y, split[1], shares(w, reg, currentShares)) / folds;
            cvFree += scoredAuc(raw, y, split[1], shares(w, Regularization.NONE, null)) / folds;
            cvCurrent += scoredAuc(raw, y, split[1], currentWeights) / folds;
            cvLogistic += auc(p, y, split[1], u) / folds;
        }
        cancel.check();
        progress.report(folds, folds + 1);
        double[] w = LogisticFit.fit(p, y, null, true).weights();
        double[] u = LogisticFit.fit(p, y, null, false).weights();
        double[] percent = shares(w, reg, currentShares);
        double inSuggested = scoredAuc(raw, y, null, percent);
        double inCurrent = scoredAuc(raw, y, null, currentWeights);
        progress.report(folds + 1, folds + 1);
        boolean overfit = inSuggested > inCurrent + 0.005 && cvSuggested <= cvCurrent;
        return new Calibration(percent, inSuggested, cvSuggested, inCurrent, cvCurrent, auc(p, y, null, u),
                cvLogistic, folds, n, overfit, cvFree);
    }

    /**
     * Non-negative weights as shares of 100 %, each at least the floor (the rest shared in proportion; a floor
     * above 100 / k is taken as 100 / k), then pulled toward {@code current} (shares) by the pull.
     */
    static double[] shares(double[] w, Regularization reg, double[] current) {
        int k = w.length;
        double total = 0;
        for (double x : w) {
            total += Math.max(0, x);
        }
        double[] s = new double[k];
        for (int j = 0; j < k; j++) {
            // Math.max: a weight the fit held at zero may come out as -0.0, which would print as "-0 %"
            s[j] = total > 0 ? 100 * Math.max(0.0, w[j]) / total : 100.0 / k;
        }
        double floor = Math.min(reg.floorPercent(), 100.0 / k);
        if (floor > 0) {
            boolean[] held = new boolean[k];
            for (int round = 0; round < k; round++) {
                double free = 100;
                double rest = 0;
                for (int j = 0; j < k; j++) {
                    if (held[j]) {
                        free -= floor;
                    } else {
                        rest += s[j];
                    }
                }
                boolean changed = false;
                for (int j = 0; j < k; j++) {
                    if (!held[j]) {
                        double v = rest > 0 ? s[j] * free / rest : free / k;
                        if (v < floor) {
                            held[j] = true;
                            changed = true;
                        }
                    }
                }
                if (!changed) {
                    for (int j = 0; j < k; j++) {
                        s[j] = held[j] ? floor : rest > 0 ? s[j] * free / rest : free / k;
                    }
                    break;
                }
            }
        }
        if (reg.pull() > 0 && current != null) {
            for (int j = 0; j < k; j++) {
                s[j] = (1 - reg.pull()) * s[j] + reg.pull() * current[j];
            }
        }
        return s;
    }

    /**
     * AUC of the scores the engine gives (higher = less churn): per account Σ wⱼ·pⱼ / Σ wⱼ over the metrics it
     * has a value for (NaN = left out, the others re-weighted); an account with none is unscored and not counted.
     */
    static double scoredAuc(double[][] raw, byte[] y, int[] rows, double[] w) {
        return RankStats.auc(rows, y.length, i -> y[i] == 1, i -> {
            double num = 0;
            double den = 0;
            for (int j = 0; j < w.length; j++) {
                double v = raw[j][i];
                if (!Double.isNaN(v)) {
                    num += w[j] * v;
                    den += w[j];
                }
            }
            return den > 0 ? num / den : Double.NaN;
        });
    }

    private static double[][] compacted(double[][] points, int[] known) {
        double[][] out = new double[points.length][known.length];
        for (int j = 0; j < points.length; j++) {
            for (int r = 0; r < known.length; r++) {
                out[j][r] = points[j][known[r]];
            }
        }
        return out;
    }

    /** Exact AUC of the linear score Σ wⱼ·pⱼ (higher = less churn) over the given rows (null = all). */
    static double auc(double[][] p, byte[] y, int[] rows, double[] w) {
        int n = rows == null ? y.length : rows.length;
        int churned = 0;
        for (int r = 0; r < n; r++) {
            churned += y[rows == null ? r : rows[r]];
        }
        double[] c = new double[churned];
        double[] ret = new double[n - churned];
        int ci = 0;
        int ri = 0;
        for (int r = 0; r < n; r++) {
            int i = rows == null ? r : rows[r];
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * p[j][i];
            }
            if (y[i] == 1) {
                c[ci++] = s;
            } else {
                ret[ri++] = s;
            }
        }
        Arrays.parallelSort(c);
        Arrays.parallelSort(ret);
        return RankStats.exactAuc(c, ret);
    }

    private static int[] rowsWithOutcome(byte[] outcome) {
        int[] rows = new int[outcome.length];
        int m = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] != Outcome.UNKNOWN) {
                rows[m++] = i;
            }
        }
        return Arrays.copyOf(rows, m);
    }

    /** The known rows' points, compacted, with left-out (NaN) points counted as neutral. */
    private static double[][] neutralFilled(double[][] points, int[] known) {
        double[][] out = new double[points.length][known.length];
        for (int j = 0; j < points.length; j++) {
            for (int r = 0; r < known.length; r++) {
                double v = points[j][known[r]];
                out[j][r] = Double.isNaN(v) ? 5.0 : v;
            }
        }
        return out;
    }

}
