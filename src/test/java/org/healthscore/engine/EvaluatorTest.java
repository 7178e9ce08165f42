package org.healthscore.engine;

import static org.healthscore.engine.TestFrames.frame;
import static org.healthscore.engine.TestFrames.identity;
import static org.healthscore.engine.TestFrames.metric;
import static org.healthscore.engine.TestFrames.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.Outcome;
import org.healthscore.model.MissingPolicy;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final byte C = Outcome.CHURNED;
    private static final byte R = Outcome.RETAINED;
    private static final byte U = Outcome.UNKNOWN;

    /** Eight accounts with points = score / 10, ARR 1000 × (i + 1). */
    private static Scores eight() {
        AccountFrame f = frame(new byte[] {C, C, R, C, R, U, R, C},
                new String[] {"SMB", "SMB", "SMB", "SMB", "Ent", "Ent", "Ent", "Ent"},
                Map.of("a", new double[] {1, 3.5, 4.5, 6.5, 7, 8.5, 9, 9.5}));
        return new ScoringEngine(f).score(model(metric("a", identity(), MissingPolicy.NEUTRAL, 1)), Cancel.NEVER);
    }

    @Test
    void bandTableCountsAccountsChurnAndArr() {
        Evaluation e = Evaluator.evaluate(eight(), EvaluationOptions.DEFAULT, Cancel.NEVER);
        // scores 10, 35, 45, 65, 70, 85, 90, 95 → Red 2, Orange 1, Yellow 2, Green 3
        var green = e.bandRows().get(0);
        assertEquals("Green", green.band().name());
        assertEquals(3, green.accounts());
        assertEquals(1, green.churned());
        assertEquals(2, green.known(), "the open account does not count towards churn rate");
        assertEquals(0.5, green.churnRate(), 1e-12);
        assertEquals(6000 + 7000 + 8000, green.arr(), 1e-9);
        assertEquals(8000, green.churnedArr(), 1e-9);
        assertEquals(3 / 8.0, green.share(), 1e-12);
        var red = e.bandRows().get(3);
        assertEquals(2, red.accounts());
        assertEquals(1.0, red.churnRate(), 1e-12);
        assertArrayEquals(new int[] {7}, e.greenButChurned(), "account 8 is green and churned");
        assertEquals(8, e.scored());
        assertEquals(7, e.known());
        assertEquals(4, e.churned());
    }

    @Test
    void histogramSplitsBinsByOutcome() {
        Evaluation e = Evaluator.evaluate(eight(), new EvaluationOptions(10, AccountFilter.ALL, true, 60), Cancel.NEVER);
        var h = e.histogram();
        assertEquals(10.0, h.binWidth());
        assertEquals(1, h.churned()[1]);   // 10
        assertEquals(1, h.churned()[3]);   // 35
        assertEquals(1, h.retained()[4]);  // 45
        assertEquals(1, h.unknown()[8]);   // 85
        assertEquals(1, h.churned()[9]);   // 95
        int total = 0;
        for (int b = 0; b < h.bins(); b++) {
            total += h.total(b);
        }
        assertEquals(8, total);
        assertEquals(2, h.band()[4], "bin 40–50 lies in Orange (index 2 of Green, Yellow, Orange, Red)");
    }

    @Test
    void evaluatingAgainCountsFromZeroThoughChunkCountersAreReused() {
        EvaluationOptions tens = new EvaluationOptions(10, AccountFilter.ALL, true, 60);
        Evaluation first = Evaluator.evaluate(eight(), tens, Cancel.NEVER);
        for (int i = 0; i < 3; i++) {
            Evaluation again = Evaluator.evaluate(eight(), tens, Cancel.NEVER);
            assertArrayEquals(first.histogram().churned(), again.histogram().churned());
            assertArrayEquals(new int[] {0, 1, 0, 1, 0, 0, 1, 0, 0, 1}, again.histogram().churned(),
                    "one churned account at 10, 35, 65 and 95 each, not more");
            assertEquals(first.bandRows(), again.bandRows());
        }
    }

    @Test
    void aucGiniKsAndCutoffMatchHandCounts() {
        Evaluation e = Evaluator.evaluate(eight(), EvaluationOptions.DEFAULT, Cancel.NEVER);
        // churned 10, 35, 65, 95; retained 45, 70, 90
        // 45 beats 10, 35 → 2; 70 beats 10, 35, 65 → 3; 90 beats 3 → 3; total 8 of 12
        assertEquals(8 / 12.0, e.auc(), 1e-12);
        assertEquals(2 * 8 / 12.0 - 1, e.gini(), 1e-12);
        // CDF gaps: after 35: 2/4 − 0 = 0.5 (max)
        assertEquals(0.5, e.ks(), 1e-12);
        // cut-off 60: flagged 10, 35, 45 (known) → 2 churned of 3; recall 2 of 4
        assertEquals(3, e.cutoff().flagged());
        assertEquals(2 / 3.0, e.cutoff().precision(), 1e-12);
        assertEquals(0.5, e.cutoff().recall(), 1e-12);
    }

    @Test
    void binnedFiguresAgreeWithExactOnesWhenScoresDoNotShareBins() {
        Scores s = eight();
        Evaluation exact = Evaluator.evaluate(s, EvaluationOptions.DEFAULT, Cancel.NEVER);
        Evaluation binned = Evaluator.evaluate(s, EvaluationOptions.DEFAULT.withExact(false), Cancel.NEVER);
        assertEquals(exact.auc(), binned.auc(), 1e-12);
        assertEquals(0.0, binned.aucErrorBound(), 1e-12);
        assertEquals(exact.ks(), binned.ks(), 1e-12);
        for (int d = 0; d < 10; d++) {
            assertEquals(exact.deciles().get(d).churnRate(), binned.deciles().get(d).churnRate(), 1e-12);
        }
    }

    @Test
    void aSegmentFilterEvaluatesOnlyThatSegment() {
        Evaluation e = Evaluator.evaluate(eight(), EvaluationOptions.DEFAULT.withFilter(new AccountFilter("Ent")),
                Cancel.NEVER);
        assertEquals(4, e.accounts());
        assertEquals(1, e.churned());
        // Ent: retained 70, 90; churned 95 → AUC 0
        assertEquals(0.0, e.auc(), 1e-12);
    }

    @Test
    void aucIsUndefinedNotHalfWhenNobodyChurned() {
        AccountFrame f = frame(new byte[] {R, R, U}, null, Map.of("a", new double[] {1, 5, 9}));
        Scores s = new ScoringEngine(f).score(model(metric("a", identity(), MissingPolicy.NEUTRAL, 1)), Cancel.NEVER);
        Evaluation e = Evaluator.evaluate(s, EvaluationOptions.DEFAULT, Cancel.NEVER);
        assertTrue(Double.isNaN(e.auc()));
        assertTrue(Double.isNaN(e.gini()));
        assertEquals(0.0, e.churnRate());
    }

    @Test
    void metricDiagnosticsOnAHandComputedExample() {
        // points 0 ×4 (3 churned), 10 ×6 (1 churned)
        double[] points = {0, 0, 0, 0, 10, 10, 10, 10, 10, 10};
        byte[] outcome = {C, C, C, R, C, R, R, R, R, R};
        MetricDiagnostics d = MetricDiagnostics.of(points, outcome, null);
        assertEquals(19 / 24.0, d.auc(), 1e-12);
        // point-biserial = (mean churned − mean retained) / sd × sqrt(p q) = (2.5 − 8.333…) / √24 × √0.24
        assertEquals((2.5 - 50 / 6.0) / Math.sqrt(24) * Math.sqrt(0.24), d.pointBiserial(), 1e-12);
        double r0 = 1.5 / 7;
        double c0 = 3.5 / 5;
        double r1 = 5.5 / 7;
        double c1 = 1.5 / 5;
        double iv = (r0 - c0) * Math.log(r0 / c0) + (r1 - c1) * Math.log(r1 / c1);
        assertEquals(iv, d.informationValue(), 1e-12);
        assertEquals(2, d.ivBins().size());
        assertEquals(3, d.ivBins().get(0).churned());
    }

    @Test
    void theOnePassLiveRecomputeEqualsScoringThenEvaluating() {
        var frame = SyntheticFrame.generate(200_000, 5, 3);
        var model = SyntheticFrame.model(5);
        var options = new EvaluationOptions(50, new AccountFilter("SMB"), false, 55);
        RecomputeResult live = Evaluator.scoreAndEvaluate(1, new ScoringEngine(frame), model, options, Cancel.NEVER);
        Evaluation separate = Evaluator.evaluate(new ScoringEngine(frame).score(model, Cancel.NEVER), options,
                Cancel.NEVER);
        Evaluation e = live.evaluation();
        assertEquals(separate.accounts(), e.accounts());
        assertEquals(separate.auc(), e.auc(), 0.0);
        assertEquals(separate.ks(), e.ks(), 0.0);
        assertArrayEquals(separate.histogram().churned(), e.histogram().churned());
        assertArrayEquals(separate.histogram().retained(), e.histogram().retained());
        assertEquals(separate.bandRows(), e.bandRows());
        assertEquals(separate.cutoff(), e.cutoff());
        assertArrayEquals(java.util.Arrays.stream(separate.greenButChurned()).sorted().toArray(),
                java.util.Arrays.stream(e.greenButChurned()).sorted().toArray());
    }
}
