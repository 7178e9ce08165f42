package org.healthscore.engine.calibration;

/**
 * The line candidate of {@link NumericBinning}: churn's log-odds as a straight line in the value clamped to its
 * 0.5th–99.5th percentiles (a two-parameter logistic fit by Newton's method), and its held-out log-loss.
 */
final class LogisticLine {
    private LogisticLine() {
    }

    /**
     * The 0.5th and 99.5th percentiles of the training values: where a linear metric's points reach 0 and 10, so
     * that one account with a typo of 10⁹ does not squeeze everyone else's points together. (Over eight data sets
     * of the linear shape in bench calibrate, these were level with logistic regression, +0.00002 ± 0.00004; the
     * 1st and 99th −0.00006 ± 0.00004, the lowest and highest values −0.00012 ± 0.00012.)
     */
    static double[] bounds(double[] x, int[] train) {
        double[] v = java.util.Arrays.stream(train).mapToDouble(i -> x[i]).filter(d -> !Double.isNaN(d)).sorted()
                .toArray();
        if (v.length == 0) {
            return new double[] {0, 1};
        }
        double lo = v[(int) (0.005 * (v.length - 1))];
        double hi = v[(int) Math.ceil(0.995 * (v.length - 1))];
        return hi > lo ? new double[] {lo, hi} : new double[] {v[0], v[v.length - 1] > v[0] ? v[v.length - 1] : v[0] + 1};
    }

    static double clamp(double v, double[] b) {
        return (Math.min(b[1], Math.max(b[0], v)) - b[0]) / (b[1] - b[0]);
    }

    /** Held-out log-loss of a logistic line on the clamped value, over the inner folds (missing rows at 0 or 5). */
    static double linearLoss(double[] x, byte[] y, int[] train, int[] inner, double[] bounds,
                                     double[][] missing, double[] missingTotal, double prior) {
        double loss = 0;
        double n = 0;
        for (int f = 0; f < NumericBinning.INNER_FOLDS; f++) {
            double[] ab = line(x, y, train, inner, f, bounds);
            double mr = PointScale.smoothed(missingTotal[1] - missing[f][1], missingTotal[0] - missing[f][0], prior);
            if (!Double.isNaN(mr)) {
                double worst = ab[0] + Math.max(0, ab[1]);
                double bestL = ab[0] + Math.min(0, ab[1]);
                double m = PointScale.logit(mr);
                double implied = sigmoid(worst - bestL > 1e-12 && 10 * (worst - m) / (worst - bestL) < 2.5 ? worst
                        : (worst + bestL) / 2);
                loss -= missing[f][1] * Math.log(implied) + missing[f][0] * Math.log(1 - implied);
                n += missing[f][0] + missing[f][1];
            }
            for (int r = 0; r < train.length; r++) {
                int i = train[r];
                if (inner[r] == f && !Double.isNaN(x[i])) {
                    double q = sigmoid(ab[0] + ab[1] * clamp(x[i], bounds));
                    loss -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
                    n++;
                }
            }
        }
        return loss / Math.max(1, n);
    }

    /** Intercept and slope of churn's log-odds on the clamped value, on the rows not in {@code leaveOut}. */
    static double[] line(double[] x, byte[] y, int[] train, int[] inner, int leaveOut, double[] bounds) {
        double a = 0;
        double b = 0;
        for (int it = 0; it < 25; it++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 1e-9;
            double h01 = 0;
            double h11 = 1e-9;
            for (int r = 0; r < train.length; r++) {
                int i = train[r];
                if ((inner != null && inner[r] == leaveOut) || Double.isNaN(x[i])) {
                    continue;
                }
                double z = clamp(x[i], bounds);
                double q = sigmoid(a + b * z);
                double w = q * (1 - q);
                g0 += y[i] - q;
                g1 += (y[i] - q) * z;
                h00 += w;
                h01 += w * z;
                h11 += w * z * z;
            }
            double det = h00 * h11 - h01 * h01;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            a += da;
            b += db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new double[] {a, b};
    }

    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }
}
