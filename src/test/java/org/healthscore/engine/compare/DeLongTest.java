package org.healthscore.engine.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.healthscore.data.Outcome;
import org.junit.jupiter.api.Test;

/** DeLong's test for two AUCs on the same accounts, by hand on four accounts and against brute-force placements. */
class DeLongTest {
    private static final byte C = Outcome.CHURNED;
    private static final byte R = Outcome.RETAINED;

    /**
     * Churners score 1 and 3 under A, 2 and 1 under B; renewals 2 and 4 under A, 3 and 4 under B. A ranks 3 of 4
     * pairs right (AUC 0.75), B all 4. Placements under A: churners 1 and 0.5, renewals 0.5 and 1 (variance 0.125
     * each), under B all 1. Var(B − A) = 0.125 / 2 + 0.125 / 2 = 0.125, se 0.353553; z = 0.25 / se = 0.707107,
     * p = 2 (1 − Φ(0.707107)) = 0.479500; 95 % interval 0.25 ± 1.959964 × 0.353553 = [−0.442952, 0.942952].
     */
    @Test
    void fourAccountsByHand() {
        DeLong d = DeLong.test(new double[] {1, 3, 2, 4}, new double[] {2, 1, 3, 4}, new byte[] {C, C, R, R});
        assertEquals(0.75, d.aucA(), 1e-12);
        assertEquals(1.0, d.aucB(), 1e-12);
        assertEquals(0.25, d.difference(), 1e-12);
        assertEquals(0.479500, d.p(), 1e-6);
        assertEquals(-0.442952, d.low(), 1e-6);
        assertEquals(0.942952, d.high(), 1e-6);
        assertTrue(d.undecided(), "four accounts cannot tell the two apart");
        assertEquals(2, d.churned());
        assertEquals(2, d.renewed());
    }

    /** Placements counted pair by pair (ties half), their covariances, the variance of the difference. */
    @Test
    void equalsBruteForcePlacementsOnRandomDataWithTiesAndMissingScores() {
        Random random = new Random(3);
        int size = 400;
        double[] a = new double[size];
        double[] b = new double[size];
        byte[] y = new byte[size];
        for (int i = 0; i < size; i++) {
            y[i] = random.nextInt(10) == 0 ? Outcome.UNKNOWN : random.nextInt(4) == 0 ? C : R;
            double health = random.nextGaussian() + (y[i] == C ? -0.8 : 0);
            a[i] = Math.round(4 * (health + random.nextGaussian())) / 4.0; // rounded: many ties
            b[i] = Math.round(4 * (health + 0.5 * random.nextGaussian())) / 4.0;
            if (random.nextInt(40) == 0) {
                b[i] = Double.NaN; // not scored under B: left out of both
            }
        }
        DeLong d = DeLong.test(a, b, y);
        double[] expected = bruteForce(a, b, y);
        assertEquals(expected[0], d.aucA(), 1e-12);
        assertEquals(expected[1], d.aucB(), 1e-12);
        double se = Math.sqrt(expected[2]);
        assertEquals(expected[1] - expected[0] - 1.959963984540054 * se, d.low(), 1e-9);
        assertEquals(expected[1] - expected[0] + 1.959963984540054 * se, d.high(), 1e-9);
        assertTrue(d.aucB() > d.aucA(), "B has less noise: it ranks better");
    }

    @Test
    void aModelAgainstItselfDiffersByNothing() {
        double[] s = {10, 20, 30, 40, 50, 15, 25};
        byte[] y = {C, C, R, R, R, C, R};
        DeLong d = DeLong.test(s, s.clone(), y);
        assertEquals(0, d.difference(), 0);
        assertEquals(1, d.p(), 0);
        assertTrue(d.undecided());
    }

    @Test
    void aClearlyBetterModelOnManyAccountsIsDecided() {
        Random random = new Random(11);
        int size = 5_000;
        double[] a = new double[size];
        double[] b = new double[size];
        byte[] y = new byte[size];
        for (int i = 0; i < size; i++) {
            y[i] = random.nextInt(5) == 0 ? C : R;
            double health = random.nextGaussian() + (y[i] == C ? -1 : 0);
            a[i] = health + 2 * random.nextGaussian();
            b[i] = health + 0.3 * random.nextGaussian();
        }
        DeLong d = DeLong.test(a, b, y);
        assertTrue(d.low() > 0, "the interval is above 0: " + d.low());
        assertTrue(d.p() < 1e-6, "p " + d.p());
        assertFalse(d.undecided());
    }

    /** {AUC A, AUC B, variance of B − A} from placements counted pair by pair. */
    private static double[] bruteForce(double[] a, double[] b, byte[] y) {
        java.util.List<Integer> churned = new java.util.ArrayList<>();
        java.util.List<Integer> renewed = new java.util.ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] != Outcome.UNKNOWN && Double.isFinite(a[i]) && Double.isFinite(b[i])) {
                (y[i] == C ? churned : renewed).add(i);
            }
        }
        int m = churned.size();
        int n = renewed.size();
        double[][] v10 = new double[2][m];
        double[][] v01 = new double[2][n];
        double[][] s = {a, b};
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double x = s[k][churned.get(i)];
                    double r = s[k][renewed.get(j)];
                    double psi = x < r ? 1 : x == r ? 0.5 : 0;
                    v10[k][i] += psi / n;
                    v01[k][j] += psi / m;
                }
            }
        }
        double aucA = java.util.Arrays.stream(v10[0]).average().orElseThrow();
        double aucB = java.util.Arrays.stream(v10[1]).average().orElseThrow();
        double var = (cov(v10[0], v10[0]) + cov(v10[1], v10[1]) - 2 * cov(v10[0], v10[1])) / m
                + (cov(v01[0], v01[0]) + cov(v01[1], v01[1]) - 2 * cov(v01[0], v01[1])) / n;
        return new double[] {aucA, aucB, var};
    }

    private static double cov(double[] x, double[] z) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double mz = java.util.Arrays.stream(z).average().orElseThrow();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (z[i] - mz);
        }
        return sum / (x.length - 1);
    }
}
