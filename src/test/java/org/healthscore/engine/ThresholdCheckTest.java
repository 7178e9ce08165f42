package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

class ThresholdCheckTest {
    @Test
    void onAFaintLinearSignalTheCutPointsAreJudgedHeldOutAndTheCurrentAucIsCountedOnAll() {
        Random r = new Random(9);
        int n = 5000;
        double[] v = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble();
            // a faint signal, so that every search finds cut points; held out, they must not look better than it
            outcome[i] = r.nextDouble() < 0.22 - 0.04 * v[i] ? Outcome.CHURNED : Outcome.RETAINED;
        }
        Metric m = new Metric("x", "x", new MetricSource.Column("x"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(0, 1), MissingPolicy.NEUTRAL, 120, 1);
        ThresholdCheck c = ThresholdCheck.of(m, DataColumn.numeric("x", v), outcome, 5, 3, Cancel.NEVER);
        assertTrue(c.suggestedCvAuc() <= c.currentAuc() + 0.01, "three groups cannot rank better than the line "
                + "itself on accounts the search did not see: " + c.suggestedCvAuc() + " vs " + c.currentAuc());
        // the current (linear) points rank like the raw values: their AUC, counted pair by pair
        double wins = 0;
        double pairs = 0;
        for (int a = 0; a < n; a++) {
            if (outcome[a] != Outcome.CHURNED) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                if (outcome[b] == Outcome.RETAINED) {
                    wins += v[b] > v[a] ? 1 : v[b] == v[a] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        assertEquals(wins / pairs, c.currentAuc(), 1e-12);
        assertTrue(c.suggestion().informationValue() > 0, "in-sample, the search always finds some separation");
    }
}
