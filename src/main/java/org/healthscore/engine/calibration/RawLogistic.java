package org.healthscore.engine.calibration;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.DataColumn;
import org.healthscore.engine.Cancel;

/**
 * The peer a built model is measured against: an unconstrained logistic regression on the raw columns, with
 * numbers standardized on the training part (missing values set to the training mean, plus a 0/1 "missing"
 * column when any are missing) and categories one-hot (categories with at least {@link #MIN_LEVEL} training
 * accounts; the most frequent one and the rest are the base). Its cross-validated AUC uses the same folds.
 */
final class RawLogistic {
    static final int MIN_LEVEL = 10;

    private RawLogistic() {
    }

    static double cvAuc(List<DataColumn> columns, byte[] y, int[] fold, int folds, Cancel cancel) {
        double auc = 0;
        for (int f = 0; f < folds; f++) {
            cancel.check();
            int[][] split = Folds.split(fold, f);
            double[][] x = design(columns, split[0], y.length);
            double[] w = LogisticFit.fit(x, y, split[0], false).weights();
            auc += WeightCalibrator.auc(x, y, split[1], w) / folds;
        }
        return auc;
    }

    /** The design matrix (columns of the regression, one value per row), its encoding learned on {@code train}. */
    static double[][] design(List<DataColumn> columns, int[] train, int rows) {
        List<double[]> out = new ArrayList<>();
        for (DataColumn c : columns) {
            double[] v = c.values();
            if (c.isCategorical()) {
                double[] n = new double[c.categories().length];
                for (int i : train) {
                    if (!Double.isNaN(v[i])) {
                        n[(int) v[i]]++;
                    }
                }
                int base = 0;
                for (int j = 1; j < n.length; j++) {
                    base = n[j] > n[base] ? j : base;
                }
                for (int j = 0; j < n.length; j++) {
                    if (j == base || n[j] < MIN_LEVEL) {
                        continue;
                    }
                    double[] dummy = new double[rows];
                    for (int i = 0; i < rows; i++) {
                        dummy[i] = v[i] == j ? 1 : 0;
                    }
                    out.add(dummy);
                }
            } else {
                double s = 0;
                double ss = 0;
                int m = 0;
                boolean anyMissing = false;
                for (int i : train) {
                    if (Double.isNaN(v[i])) {
                        anyMissing = true;
                    } else {
                        s += v[i];
                        ss += v[i] * v[i];
                        m++;
                    }
                }
                double mean = m == 0 ? 0 : s / m;
                double sd = m < 2 ? 1 : Math.sqrt(Math.max(1e-12, (ss - s * s / m) / (m - 1)));
                double[] z = new double[rows];
                double[] miss = anyMissing ? new double[rows] : null;
                for (int i = 0; i < rows; i++) {
                    boolean na = Double.isNaN(v[i]);
                    z[i] = na ? 0 : (v[i] - mean) / sd;
                    if (miss != null) {
                        miss[i] = na ? 1 : 0;
                    }
                }
                out.add(z);
                if (miss != null) {
                    out.add(miss);
                }
            }
        }
        return out.toArray(double[][]::new);
    }
}
