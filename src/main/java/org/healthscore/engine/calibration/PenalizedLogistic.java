package org.healthscore.engine.calibration;

import java.util.List;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;

/**
 * A stronger peer than {@link RawLogistic} for the bench: the same logistic regression on the same design (numbers
 * standardized with a missing indicator, categories one-hot), with a ridge penalty on every coefficient but the
 * intercept, at each penalty of a grid; the best penalty's cross-validated AUC is kept. The penalty is chosen on
 * the held-out parts themselves, so the figure is optimistic — hindsight no model build has. It answers "could a
 * well-regularized regression get nearer the ceiling on these columns?": where it cannot either, what is left of
 * the gap is what the accounts cannot tell, not what the build leaves out.
 */
public final class PenalizedLogistic {
    /** Penalties tried, in units of the log-likelihood (its weight on Σβ²/2): none up to a strong pull to zero. */
    static final double[] PENALTIES = {0, 1, 3, 10, 30, 100, 300};
    private static final int MAX_ITERATIONS = 30;

    private PenalizedLogistic() {
    }

    /** The best penalty of the {@code tried} and its cross-validated AUC (mean over the held-out folds). */
    public record Best(double penalty, double cvAuc, int tried) {
    }

    /** @param outcome {@link Outcome} codes, every account churned or retained (generated data) */
    public static Best best(List<DataColumn> columns, byte[] outcome, int folds, long seed, Cancel cancel) {
        byte[] y = new byte[outcome.length];
        for (int i = 0; i < y.length; i++) {
            if (outcome[i] == Outcome.UNKNOWN) {
                throw new IllegalArgumentException("account " + i + " has no outcome");
            }
            y[i] = outcome[i] == Outcome.CHURNED ? (byte) 1 : 0;
        }
        int[] fold = Folds.assign(y, folds, seed);
        double[][][] designs = new double[folds][][];
        for (int f = 0; f < folds; f++) {
            designs[f] = RawLogistic.design(columns, Folds.split(fold, f)[0], y.length);
        }
        Best best = null;
        for (double penalty : PENALTIES) {
            double auc = 0;
            for (int f = 0; f < folds; f++) {
                cancel.check();
                int[][] split = Folds.split(fold, f);
                double[] beta = fit(designs[f], y, split[0], penalty);
                double[] w = new double[designs[f].length];
                for (int j = 0; j < w.length; j++) {
                    w[j] = -beta[j + 1]; // WeightCalibrator.auc reads weights as "more, less churn"
                }
                auc += WeightCalibrator.auc(designs[f], y, split[1], w) / folds;
            }
            if (best == null || auc > best.cvAuc()) {
                best = new Best(penalty, auc, PENALTIES.length);
            }
        }
        return best;
    }

    /**
     * Newton's method on the penalized log-likelihood; β[0] the intercept. Each row's nonzero cells only (one-hot
     * columns are mostly zero), so hundreds of levels cost what a few columns do.
     */
    static double[] fit(double[][] x, byte[] y, int[] rows, double penalty) {
        int k = x.length;
        double[] beta = new double[k + 1];
        int[] nonzero = new int[k + 1];
        double[] value = new double[k + 1];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] g = new double[k + 1];
            double[][] h = new double[k + 1][k + 1];
            for (int i : rows) {
                int m = 0;
                nonzero[m] = 0;
                value[m++] = 1;
                for (int j = 0; j < k; j++) {
                    if (x[j][i] != 0) {
                        nonzero[m] = j + 1;
                        value[m++] = x[j][i];
                    }
                }
                double eta = 0;
                for (int t = 0; t < m; t++) {
                    eta += beta[nonzero[t]] * value[t];
                }
                double p = 1 / (1 + Math.exp(-eta));
                double weight = p * (1 - p);
                for (int s = 0; s < m; s++) {
                    g[nonzero[s]] += (y[i] - p) * value[s];
                    for (int t = 0; t <= s; t++) {
                        h[nonzero[s]][nonzero[t]] += weight * value[s] * value[t];
                    }
                }
            }
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b < a; b++) { // only the lower triangle was summed (cells in column order)
                    h[b][a] = h[a][b];
                }
                if (a > 0) {
                    g[a] -= penalty * beta[a];
                    h[a][a] += penalty;
                }
                h[a][a] += 1e-9 * rows.length; // a level absent from the training part: keep the system solvable
            }
            double[] step = LogisticFit.solveFree(h, g, new boolean[k + 1]);
            double change = 0;
            for (int j = 0; j <= k; j++) {
                beta[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return beta;
    }
}
