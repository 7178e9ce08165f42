package org.healthscore.engine.calibration;

/**
 * Logistic regression of churn on metric points by Newton's method: P(churn) = σ(b − Σ wⱼ·pⱼ), so a positive
 * weight means "more points, less churn" — a health score's reading. With {@code nonNegative} the weights are
 * kept ≥ 0 (a projected Newton step, halved until the likelihood does not fall: a weight pushed below zero is
 * fixed at zero and the step re-solved), which
 * keeps the model explainable: every metric can only help the score.
 */
public final class LogisticFit {
    private static final int MAX_ITERATIONS = 50;
    private static final double RIDGE = 1e-6; // keeps the Newton system solvable when a column is constant

    private LogisticFit() {
    }

    /** Fitted weights (per column) and intercept. */
    public record Result(double[] weights, double intercept, int iterations) {
    }

    /**
     * @param points  columns of points (0–10), missing already replaced as the model's policy says
     * @param churned 1 for churned, 0 for retained
     * @param rows    which rows to fit on (a fold), or null for all
     */
    public static Result fit(double[][] points, byte[] churned, int[] rows, boolean nonNegative) {
        int k = points.length;
        int n = rows == null ? churned.length : rows.length;
        double[] beta = new double[k + 1]; // beta[0] intercept, beta[1..k] = −w; the point this pass looks at
        boolean[] fixed = new boolean[k + 1];
        boolean[] constant = new boolean[k + 1];
        for (int j = 0; j < k; j++) { // the same points on every row say nothing: weight 0, not the intercept's
            constant[j + 1] = isConstant(points[j], rows, n);
            fixed[j + 1] = constant[j + 1];
        }
        // The last point accepted, the Newton step from it and how much of it is taken. A step is accepted when
        // the next pass finds the likelihood not lower; otherwise it is halved: a full step from far off
        // overshoots, and on strongly correlated metrics the projection onto β ≤ 0 then cycled, ending anywhere
        // (once with every weight at zero). The likelihood comes from the same pass as the gradient.
        double[] from = null;
        double[] step = null;
        double fromLikelihood = Double.NEGATIVE_INFINITY;
        double taken = 1;
        int it = 0;
        for (; it < MAX_ITERATIONS; it++) {
            double[] grad = new double[k + 1];
            double[][] hess = new double[k + 1][k + 1];
            double likelihood = pass(points, churned, rows, n, beta, grad, hess);
            if (from != null && likelihood < fromLikelihood - 1e-12 * n) {
                taken /= 2;
                if (taken < 1e-6) {
                    beta = from; // no part of the step helps: as good as it gets
                    break;
                }
                beta = project(from, step, taken, nonNegative);
                continue;
            }
            double change = Double.POSITIVE_INFINITY;
            if (from != null) {
                change = 0;
                for (int a = 0; a <= k; a++) {
                    if (nonNegative && a > 0 && beta[a] == 0 && from[a] + step[a] > 0) {
                        fixed[a] = true; // the step pushed it past zero: held there, the step re-solved
                    }
                    change = Math.max(change, Math.abs(beta[a] - from[a]));
                }
            }
            boolean freed = false;
            for (int a = 1; a <= k; a++) {
                if (nonNegative && fixed[a] && !constant[a] && grad[a] < 0) {
                    fixed[a] = false; // the gradient pulls it back into the feasible side: free it again
                    freed = true;
                }
            }
            if (change < 1e-9 && !freed) {
                break;
            }
            for (int a = 0; a <= k; a++) {
                hess[a][a] += RIDGE * n;
            }
            step = solveFree(hess, grad, fixed);
            from = beta;
            fromLikelihood = likelihood;
            taken = 1;
            beta = project(from, step, 1, nonNegative);
        }
        if (it == MAX_ITERATIONS && from != null) {
            beta = from; // the last step was not judged: keep the last point that was
        }
        double[] w = new double[k];
        for (int j = 0; j < k; j++) {
            w[j] = -beta[j + 1];
        }
        return new Result(w, beta[0], it + 1);
    }

    /** {@code from + taken·step}, each weight's coefficient held at ≤ 0 when the weights must be non-negative. */
    private static double[] project(double[] from, double[] step, double taken, boolean nonNegative) {
        double[] next = new double[from.length];
        for (int a = 0; a < from.length; a++) {
            next[a] = from[a] + taken * step[a];
            if (nonNegative && a > 0 && next[a] > 0) { // beta = −w must stay ≤ 0
                next[a] = 0;
            }
        }
        return next;
    }

    /**
     * One pass over the rows at {@code beta}: fills the gradient and Hessian (both triangles) and returns the
     * log-likelihood (the Newton system's small ridge is added by the caller and only steadies the step).
     */
    private static double pass(double[][] points, byte[] churned, int[] rows, int n, double[] beta, double[] grad,
                               double[][] hess) {
        int k = points.length;
        double[] x = new double[k + 1];
        x[0] = 1;
        double likelihood = 0;
        for (int r = 0; r < n; r++) {
            int i = rows == null ? r : rows[r];
            double eta = beta[0];
            for (int j = 0; j < k; j++) {
                x[j + 1] = points[j][i];
                eta += beta[j + 1] * x[j + 1];
            }
            double e = Math.exp(-Math.abs(eta));
            double p = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
            // log σ(z) with z = η for churn, −η otherwise: min(z, 0) − log(1 + e^−|z|), without overflow
            double z = churned[i] == 1 ? eta : -eta;
            likelihood += Math.min(z, 0) - Math.log1p(e);
            double resid = churned[i] - p;
            double wgt = p * (1 - p);
            for (int a = 0; a <= k; a++) {
                grad[a] += resid * x[a];
                for (int b = 0; b <= a; b++) {
                    hess[a][b] += wgt * x[a] * x[b];
                }
            }
        }
        for (int a = 0; a <= k; a++) {
            for (int b = 0; b < a; b++) {
                hess[b][a] = hess[a][b];
            }
        }
        return likelihood;
    }

    private static boolean isConstant(double[] column, int[] rows, int n) {
        if (n == 0) {
            return true;
        }
        double first = column[rows == null ? 0 : rows[0]];
        for (int r = 0; r < n; r++) {
            if (column[rows == null ? r : rows[r]] != first) {
                return false;
            }
        }
        return true;
    }

    /** Solves H·s = g over the free coordinates (Gaussian elimination with partial pivoting; k is small). */
    static double[] solveFree(double[][] h, double[] g, boolean[] fixed) {
        int m = g.length;
        int[] free = new int[m];
        int f = 0;
        for (int a = 0; a < m; a++) {
            if (!fixed[a]) {
                free[f++] = a;
            }
        }
        double[][] a = new double[f][f + 1];
        for (int r = 0; r < f; r++) {
            for (int c = 0; c < f; c++) {
                a[r][c] = h[free[r]][free[c]];
            }
            a[r][f] = g[free[r]];
        }
        for (int col = 0; col < f; col++) {
            int pivot = col;
            for (int r = col + 1; r < f; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < f; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= f; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] s = new double[f];
        for (int r = f - 1; r >= 0; r--) {
            double sum = a[r][f];
            for (int c = r + 1; c < f; c++) {
                sum -= a[r][c] * s[c];
            }
            s[r] = sum / a[r][r];
        }
        double[] step = new double[m];
        for (int r = 0; r < f; r++) {
            step[free[r]] = s[r];
        }
        return step;
    }
}
