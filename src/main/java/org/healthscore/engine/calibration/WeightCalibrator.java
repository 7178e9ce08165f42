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

    /** Calibrates on the accounts of one segment only ({@code segmentOf[i] == segment}; -1 = in no segment). */
    public static Calibration calibrateSegment(double[][] points, byte[] outcome, int[] segmentOf, int segment,
                                               double[] currentWeights, int folds, Cancel cancel, Progress progress) {
        byte[] only = outcome.clone();
        for (int i = 0; i < only.length; i++) {
            if (segmentOf[i] != segment) {
                only[i] = Outcome.UNKNOWN; // outside the segment: not fitted, not judged
            }
        }
        return calibrate(points, only, currentWeights, folds, cancel, progress);
    }

    public static Calibration calibrate(double[][] points, byte[] outcome, double[] currentWeights, int folds,
                                        Cancel cancel, Progress progress) {
        int k = points.length;
        int[] known = rowsWithOutcome(outcome);
        double[][] p = neutralFilled(points, known);
        byte[] y = new byte[known.length];
        for (int r = 0; r < known.length; r++) {
            y[r] = outcome[known[r]] == Outcome.CHURNED ? (byte) 1 : 0;
        }
        int n = known.length;
        int[] fold = Folds.assign(y, folds, Folds.DEFAULT_SEED); // stratified by outcome, shuffled, seeded
        double cvSuggested = 0;
        double cvCurrent = 0;
        double cvLogistic = 0;
        for (int f = 0; f < folds; f++) {
            cancel.check();
            progress.report(f, folds + 1);
            int[][] split = Folds.split(fold, f);
            double[] w = LogisticFit.fit(p, y, split[0], true).weights();
            double[] u = LogisticFit.fit(p, y, split[0], false).weights();
            cvSuggested += auc(p, y, split[1], w) / folds;
            cvCurrent += auc(p, y, split[1], currentWeights) / folds;
            cvLogistic += auc(p, y, split[1], u) / folds;
        }
        cancel.check();
        progress.report(folds, folds + 1);
        double[] w = LogisticFit.fit(p, y, null, true).weights();
        double[] u = LogisticFit.fit(p, y, null, false).weights();
        double total = Arrays.stream(w).sum();
        double[] percent = new double[k];
        for (int j = 0; j < k; j++) {
            // Math.max: a weight the fit held at zero may come out as -0.0, which would print as "-0 %"
            percent[j] = total > 0 ? 100 * Math.max(0.0, w[j]) / total : 100.0 / k;
        }
        double inSuggested = auc(p, y, null, w);
        double inCurrent = auc(p, y, null, currentWeights);
        progress.report(folds + 1, folds + 1);
        boolean overfit = inSuggested > inCurrent + 0.005 && cvSuggested <= cvCurrent;
        return new Calibration(percent, inSuggested, cvSuggested, inCurrent, cvCurrent, auc(p, y, null, u),
                cvLogistic, folds, n, overfit);
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
