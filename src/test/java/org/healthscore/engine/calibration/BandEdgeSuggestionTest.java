package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.junit.jupiter.api.Test;

class BandEdgeSuggestionTest {
    @Test
    void edgesLandWhereChurnStepsAndTheCurrentFiguresAreCountedOnEveryAccount() {
        Random r = new Random(3);
        int n = 40_000;
        double[] score = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            score[i] = r.nextDouble() * 100;
            double p = score[i] < 30 ? 0.60 : score[i] < 55 ? 0.25 : score[i] < 80 ? 0.08 : 0.02;
            outcome[i] = i % 10 == 0 ? Outcome.UNKNOWN : r.nextDouble() < p ? Outcome.CHURNED : Outcome.RETAINED;
        }
        double[] current = {90, 70, 50, 0};
        BandEdgeSuggestion s = BandEdgeSuggestion.suggest(score, outcome, null, current, 5, 11, Cancel.NEVER);
        double[] expected = {80, 55, 30, 0};
        for (int b = 0; b < 4; b++) {
            assertEquals(expected[b], s.lowerBounds()[b], 2.0, java.util.Arrays.toString(s.lowerBounds()));
        }
        assertTrue(s.proposed().rising(), "churn rises band by band on held-out accounts");
        assertEquals(36_000, s.accounts());
        // the current edges' figures, counted by hand on every account with an outcome
        double[][] perBand = new double[4][2];
        for (int i = 0; i < n; i++) {
            if (outcome[i] == Outcome.UNKNOWN) {
                continue;
            }
            int b = score[i] >= 90 ? 0 : score[i] >= 70 ? 1 : score[i] >= 50 ? 2 : 3;
            perBand[b][0]++;
            perBand[b][1] += outcome[i] == Outcome.CHURNED ? 1 : 0;
        }
        double churned = perBand[0][1] + perBand[1][1] + perBand[2][1] + perBand[3][1];
        double[] rates = new double[4];
        for (int b = 0; b < 4; b++) {
            rates[b] = perBand[b][1] / perBand[b][0];
        }
        assertArrayEquals(rates, s.current().churnRate(), 1e-12);
        assertEquals((perBand[2][1] + perBand[3][1]) / churned, s.current().lowestTwoCaught(), 1e-12);
        assertEquals((perBand[2][0] + perBand[3][0]) / 36_000, s.current().lowestTwoShare(), 1e-12);
        assertTrue(s.proposed().lift() > s.current().lift(), "the steps are where churn changes: a better lift");
        assertFalse(s.worse());
    }

    @Test
    void oneSegmentsAccountsAloneAndEveryBandHoldsAtLeastFivePercent() {
        Random r = new Random(4);
        int n = 20_000;
        double[] score = new double[n];
        byte[] outcome = new byte[n];
        boolean[] include = new boolean[n];
        for (int i = 0; i < n; i++) {
            include[i] = i % 2 == 0;
            score[i] = include[i] ? 40 + r.nextDouble() * 60 : r.nextDouble() * 40; // the segment scores 40–100
            outcome[i] = r.nextDouble() < (score[i] < 70 ? 0.3 : 0.05) ? Outcome.CHURNED : Outcome.RETAINED;
        }
        BandEdgeSuggestion s = BandEdgeSuggestion.suggest(score, outcome, include, new double[] {80, 60, 40, 0}, 5, 1,
                Cancel.NEVER);
        assertEquals(10_000, s.accounts());
        for (double share : s.proposed().share()) {
            assertTrue(share >= BandEdgeSuggestion.MIN_SHARE - 0.02, java.util.Arrays.toString(s.proposed().share()));
        }
        assertTrue(s.lowerBounds()[2] >= 40, "edges among the segment's own scores: " + java.util.Arrays.toString(
                s.lowerBounds()));
    }
}
