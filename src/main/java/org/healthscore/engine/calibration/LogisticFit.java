package org.healthscore.engine.calibration;

/**
 * Logistic regression of churn on metric points by Newton's method: P(churn) = σ(b − Σ wⱼ·pⱼ), so a positive
 * weight means "more points, less churn" — a health score's reading. With {@code nonNegative} the weights are
 * kept ≥ 0 (a projected Newton step: a weight pushed below zero is fixed at zero and the step re-solved), which
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
        double[] beta = new double[k + 1]; // beta[0] intercept, beta[1..k] = −w
        boolean[] fixed = new boolean[k + 1];
        boolean[] constant = new boolean[k + 1];
        for (int j = 0; j < k; j++) { // the same points on every row say nothing: weight 0, not the intercept's
            constant[j + 1] = isConstant(points[j], rows, n);
            fixed[j + 1] = constant[j + 1];
        }
        double likelihood = logLikelihood(points, churned, rows, n, beta);
        int it = 0;
        for (; it < MAX_ITERATIONS; it++) {
            double[] grad = new double[k + 1];
            double[][] hess = new double[k + 1][k + 1];
            double[] x = new double[k + 1];
            x[0] = 1;
            for (int r = 0; r < n; r++) {
                int i = rows == null ? r : rows[r];
                double eta = beta[0];
                for (int j = 0; j < k; j++) {
                    x[j + 1] = points[j][i];
                    eta += beta[j + 1] * x[j + 1];
                }
                double p = 1 / (1 + Math.exp(-eta));
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
                hess[a][a] += RIDGE * n;
                for (int b = 0; b < a; b++) {
                    hess[b][a] = hess[a][b];
                }
            }
            double[] step = solveFree(hess, grad, fixed);
            // projected onto β ≤ 0 and halved until the likelihood does not fall: a full Newton step from far
            // off overshoots, and on strongly correlated metrics the projection then cycled, ending anywhere
            // (once with every weight at zero)
            double[] next = new double[k + 1];
            double nextLikelihood = Double.NEGATIVE_INFINITY;
            for (double t = 1; t > 1e-6; t /= 2) {
                for (int a = 0; a <= k; a++) {
                    next[a] = beta[a] + t * step[a];
                    if (nonNegative && a > 0 && next[a] > 0) { // beta = −w must stay ≤ 0
                        next[a] = 0;
                    }
                }
                nextLikelihood = logLikelihood(points, churned, rows, n, next);
                if (nextLikelihood >= likelihood - 1e-12 * n) {
                    break;
                }
            }
            if (nextLikelihood < likelihood - 1e-12 * n) {
                break; // no step helps: as good as it gets
            }
            double change = 0;
            boolean freed = false;
            for (int a = 0; a <= k; a++) {
                if (nonNegative && a > 0 && next[a] == 0 && beta[a] + step[a] > 0) {
                    fixed[a] = true;
                } else if (nonNegative && a > 0 && fixed[a] && !constant[a] && grad[a] < 0) {
                    fixed[a] = false; // the gradient pulls it back into the feasible side: free it again
                    freed = true;
                }
                change = Math.max(change, Math.abs(next[a] - beta[a]));
            }
            System.arraycopy(next, 0, beta, 0, k + 1);
            likelihood = nextLikelihood;
            if (change < 1e-9 && !freed) {
                break;
            }
        }
        double[] w = new double[k];
        for (int j = 0; j < k; j++) {
            w[j] = -beta[j + 1];
        }
        return new Result(w, beta[0], it + 1);
    }

    /** The log-likelihood of the fit's rows (the Newton system's small ridge only steadies the step). */
    private static double logLikelihood(double[][] points, byte[] churned, int[] rows, int n, double[] beta) {
        double sum = 0;
        for (int r = 0; r < n; r++) {
            int i = rows == null ? r : rows[r];
            double eta = beta[0];
            for (int j = 0; j < points.length; j++) {
                eta += beta[j + 1] * points[j][i];
            }
            // log σ(η) for churn, log σ(−η) otherwise, without overflow
            double z = churned[i] == 1 ? eta : -eta;
            sum += z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
        }
        return sum;
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
