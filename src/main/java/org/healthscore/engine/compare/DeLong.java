package org.healthscore.engine.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.healthscore.data.Outcome;

/**
 * Is model B really better than model A on the same accounts? DeLong, DeLong and Clarke-Pearson's (1988) test for
 * the difference of two correlated AUCs: each churned account's and each renewed account's share of the pairs it
 * ranks right (its "placement") under each model; their variances and covariance give the variance of AUC(B) −
 * AUC(A), from which a 95 % confidence interval and a two-sided p-value. A churner should score below a renewal
 * (a higher score is healthier); a tie counts half.
 *
 * @param aucA    AUC of model A on the accounts with an outcome and a score under both
 * @param aucB    AUC of model B on the same accounts
 * @param low     lower end of the 95 % confidence interval of {@code aucB - aucA}
 * @param high    upper end
 * @param p       two-sided p-value of "no difference" (1 when both models rank every pair alike)
 * @param churned churned accounts counted
 * @param renewed renewed accounts counted
 */
public record DeLong(double aucA, double aucB, double low, double high, double p, int churned, int renewed) {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);

    public double difference() {
        return aucB - aucA;
    }

    /** Whether the interval holds 0: the data cannot tell the two apart. */
    public boolean undecided() {
        return !(low > 0 || high < 0);
    }

    /**
     * @param scoreA  each account's score under A (NaN: not scored, left out)
     * @param scoreB  under B, same accounts in the same order
     * @param outcome each account's {@link Outcome}; unknown ones are left out
     */
    public static DeLong test(double[] scoreA, double[] scoreB, byte[] outcome) {
        int m = 0;
        int n = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (counted(scoreA, scoreB, outcome, i)) {
                if (outcome[i] == Outcome.CHURNED) {
                    m++;
                } else {
                    n++;
                }
            }
        }
        double[][] churnedScores = {new double[m], new double[m]};
        double[][] renewedScores = {new double[n], new double[n]};
        int ci = 0;
        int ri = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (counted(scoreA, scoreB, outcome, i)) {
                if (outcome[i] == Outcome.CHURNED) {
                    churnedScores[0][ci] = scoreA[i];
                    churnedScores[1][ci++] = scoreB[i];
                } else {
                    renewedScores[0][ri] = scoreA[i];
                    renewedScores[1][ri++] = scoreB[i];
                }
            }
        }
        if (m < 2 || n < 2) {
            return new DeLong(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, m, n);
        }
        // placements: v10[k][i] share of renewals churner i ranks below, v01[k][j] share of churners below renewal j
        double[][] v10 = new double[2][];
        double[][] v01 = new double[2][];
        for (int k = 0; k < 2; k++) {
            double[] renewedSorted = renewedScores[k].clone();
            double[] churnedSorted = churnedScores[k].clone();
            Arrays.sort(renewedSorted);
            Arrays.sort(churnedSorted);
            v10[k] = new double[m];
            for (int i = 0; i < m; i++) {
                double x = churnedScores[k][i];
                v10[k][i] = (n - upper(renewedSorted, x) + 0.5 * (upper(renewedSorted, x) - lower(renewedSorted, x))) / n;
            }
            v01[k] = new double[n];
            for (int j = 0; j < n; j++) {
                double y = renewedScores[k][j];
                v01[k][j] = (lower(churnedSorted, y) + 0.5 * (upper(churnedSorted, y) - lower(churnedSorted, y))) / m;
            }
        }
        double aucA = mean(v10[0]);
        double aucB = mean(v10[1]);
        double variance = (var(v10[0], v10[0]) + var(v10[1], v10[1]) - 2 * var(v10[0], v10[1])) / m
                + (var(v01[0], v01[0]) + var(v01[1], v01[1]) - 2 * var(v01[0], v01[1])) / n;
        double diff = aucB - aucA;
        if (!(variance > 0)) {
            // the two rank every pair the same way: no difference, and none to be uncertain about
            return new DeLong(aucA, aucB, diff, diff, diff == 0 ? 1 : 0, m, n);
        }
        double se = Math.sqrt(variance);
        double p = 2 * NORMAL.cumulativeProbability(-Math.abs(diff) / se);
        return new DeLong(aucA, aucB, diff - Z95 * se, diff + Z95 * se, Math.min(1, p), m, n);
    }

    private static boolean counted(double[] a, double[] b, byte[] outcome, int i) {
        return outcome[i] != Outcome.UNKNOWN && Double.isFinite(a[i]) && Double.isFinite(b[i]);
    }

    /** Values in sorted {@code v} below {@code x}. */
    private static int lower(double[] v, double x) {
        int lo = 0;
        int hi = v.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Values in sorted {@code v} at or below {@code x}. */
    private static int upper(double[] v, double x) {
        int lo = 0;
        int hi = v.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample covariance of two placement vectors (n − 1 in the denominator, as DeLong et al.). */
    private static double var(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
