package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.junit.jupiter.api.Test;

class WeightCalibratorTest {
    @Test
    void suggestedWeightsRankTheMetricsInThePlantedOrder() {
        // SyntheticFrame plants churn logit −0.25·(k − j)·z for metric j: m1 matters most, m5 least
        var frame = SyntheticFrame.generate(60_000, 5, 11);
        var model = SyntheticFrame.model(5);
        var scores = new ScoringEngine(frame).score(model, Cancel.NEVER);
        double[] equal = {20, 20, 20, 20, 20};
        Calibration c = WeightCalibrator.calibrate(scores.points(), frame.accounts().outcome(), equal, 5, Cancel.NEVER,
                WeightCalibrator.Progress.NONE);
        double[] w = c.suggestedPercent();
        for (int j = 0; j < 4; j++) {
            assertTrue(w[j] > w[j + 1], "planted order m1 > … > m5, got " + java.util.Arrays.toString(w));
        }
        assertEquals(100.0, java.util.Arrays.stream(w).sum(), 1e-9);
        assertTrue(c.suggestedCvAuc() > c.currentCvAuc(), "the fitted weights beat equal weights out of sample");
        assertTrue(Math.abs(c.suggestedCvAuc() - c.logisticCvAuc()) < 0.01,
                "explainable weights lose almost nothing: " + c.suggestedCvAuc() + " vs " + c.logisticCvAuc());
        assertTrue(!c.overfitWarning());
        assertEquals(5, c.folds());
    }

    @Test
    void onStronglyCorrelatedMetricsTheNonNegativeFitMeetsItsOptimalityConditions() {
        // ten metrics that all read one underlying health, churn nearly separable, churned accounts' signals
        // often gone (0 points): where a full Newton step overshoots
        SplittableRandom r = new SplittableRandom(11);
        int n = 1500;
        int k = 10;
        double[][] points = new double[k][n];
        byte[] churned = new byte[n];
        for (int i = 0; i < n; i++) {
            double health = r.nextGaussian();
            churned[i] = r.nextDouble() < 1 / (1 + Math.exp(5 * health + 1.5)) ? (byte) 1 : 0;
            for (int j = 0; j < k; j++) {
                double v = Math.max(0, Math.min(10, Math.round(5 + 2 * (health + 0.6 * r.nextGaussian()))));
                points[j][i] = churned[i] == 1 && r.nextDouble() < 0.3 ? 0 : v;
            }
        }
        var fit = LogisticFit.fit(points, churned, null, true);
        // Karush–Kuhn–Tucker, summed here from the data: the log-likelihood's slope in each weight is 0 where the
        // weight is positive and ≤ 0 where it is held at 0 (more of it would only fit worse); in the intercept 0
        double[] slope = new double[k + 1];
        for (int i = 0; i < n; i++) {
            double eta = fit.intercept();
            for (int j = 0; j < k; j++) {
                eta -= fit.weights()[j] * points[j][i];
            }
            double resid = churned[i] - 1 / (1 + Math.exp(-eta));
            slope[0] += resid;
            for (int j = 0; j < k; j++) {
                slope[j + 1] -= resid * points[j][i]; // d(log-likelihood)/d(weight j)
            }
        }
        assertEquals(0, slope[0], 1e-3);
        double total = 0;
        for (int j = 0; j < k; j++) {
            total += fit.weights()[j];
            if (fit.weights()[j] > 1e-9) {
                assertEquals(0, slope[j + 1], 0.05, "weight " + j + " = " + fit.weights()[j]);
            } else {
                assertTrue(slope[j + 1] <= 0.05, "weight " + j + " held at 0 though more would fit better: "
                        + slope[j + 1]);
            }
        }
        assertTrue(total > 0.5, "the metrics predict churn, so they carry weight: " + total);
    }

    @Test
    void pointsThatAreTheSameOnEveryRowGetNoWeight() {
        // a metric whose points were one bin on the rows fitted on: its weight is not identified (it moves with
        // the intercept) and took any value; on other rows its points may differ, and that value would rank them
        SplittableRandom r = new SplittableRandom(5);
        int n = 5_000;
        double[][] points = new double[2][n];
        double[][] alone = new double[1][n];
        byte[] churned = new byte[n];
        for (int i = 0; i < n; i++) {
            points[0][i] = r.nextDouble() * 10;
            points[1][i] = 5;
            alone[0][i] = points[0][i];
            churned[i] = r.nextDouble() < 1 / (1 + Math.exp(-(1.0 - 0.4 * points[0][i]))) ? (byte) 1 : 0;
        }
        for (boolean nonNegative : new boolean[] {true, false}) {
            var fit = LogisticFit.fit(points, churned, null, nonNegative);
            var without = LogisticFit.fit(alone, churned, null, nonNegative);
            assertEquals(0.0, fit.weights()[1], 0.0, "nonNegative " + nonNegative);
            assertEquals(without.weights()[0], fit.weights()[0], 1e-9);
            assertEquals(without.intercept(), fit.intercept(), 1e-9);
        }
    }

    @Test
    void aMetricThatWorksBackwardsGetsZeroWeightInsteadOfANegativeOne() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 20_000;
        double[][] points = new double[2][n];
        byte[] churned = new byte[n];
        for (int i = 0; i < n; i++) {
            points[0][i] = r.nextDouble() * 10;
            points[1][i] = r.nextDouble() * 10;
            double logit = 1.0 - 0.5 * points[0][i] + 0.2 * points[1][i]; // metric 2: more points, MORE churn
            churned[i] = r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? (byte) 1 : 0;
        }
        var constrained = LogisticFit.fit(points, churned, null, true);
        var free = LogisticFit.fit(points, churned, null, false);
        assertEquals(0.0, constrained.weights()[1], 1e-12);
        assertTrue(free.weights()[1] < -0.1, "unconstrained, it is negative: " + free.weights()[1]);
        assertEquals(0.5, free.weights()[0], 0.05, "the true weight of metric 1 is recovered");
        assertEquals(-0.2, free.weights()[1], 0.05);
        Calibration c = WeightCalibrator.calibrate(points, churned, new double[] {1, 1}, 3, Cancel.NEVER,
                WeightCalibrator.Progress.NONE);
        assertEquals("100.0 % / 0.0 %", String.format(java.util.Locale.ROOT, "%.1f %% / %.1f %%",
                c.suggestedPercent()[0], c.suggestedPercent()[1]), "shown as 0 %, never as -0 %");
    }

    @Test
    void aSegmentIsCalibratedOnItsOwnAccounts() {
        var frame = SyntheticFrame.generate(30_000, 3, 5);
        var model = SyntheticFrame.model(3);
        var scores = new ScoringEngine(frame).score(model, Cancel.NEVER);
        int[] segmentOf = new int[frame.size()];
        double[] seg = frame.accounts().segment().values();
        for (int i = 0; i < segmentOf.length; i++) {
            segmentOf[i] = (int) seg[i] == 2 ? 0 : -1; // "Enterprise" as segment 0, the rest in none
        }
        double[] equal = {1, 1, 1};
        Calibration bySegment = WeightCalibrator.calibrateSegment(scores.points(), frame.accounts().outcome(),
                segmentOf, 0, equal, 4, Cancel.NEVER, WeightCalibrator.Progress.NONE);
        // the same as calibrating a table that holds only the Enterprise accounts
        int n = (int) java.util.Arrays.stream(segmentOf).filter(s -> s == 0).count();
        double[][] pts = new double[3][n];
        byte[] out = new byte[n];
        int m = 0;
        for (int i = 0; i < segmentOf.length; i++) {
            if (segmentOf[i] == 0) {
                for (int j = 0; j < 3; j++) {
                    pts[j][m] = scores.points()[j][i];
                }
                out[m++] = frame.accounts().outcome()[i];
            }
        }
        Calibration direct = WeightCalibrator.calibrate(pts, out, equal, 4, Cancel.NEVER, WeightCalibrator.Progress.NONE);
        assertEquals(direct.accounts(), bySegment.accounts());
        for (int j = 0; j < 3; j++) {
            assertEquals(direct.suggestedPercent()[j], bySegment.suggestedPercent()[j], 1e-9);
        }
        assertEquals(direct.suggestedCvAuc(), bySegment.suggestedCvAuc(), 1e-12);
    }
}
