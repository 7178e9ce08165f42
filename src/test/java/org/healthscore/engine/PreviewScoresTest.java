package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.data.AccountFrame;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;
import org.healthscore.model.WeightShares;
import org.junit.jupiter.api.Test;

/**
 * Live previews during a drag are scored from the other metrics' kept sums; whatever path they take, they must
 * give the scores and bands the full formula gives (to rounding), as a fresh engine computes them.
 */
class PreviewScoresTest {
    private static final AccountFrame FRAME = SyntheticFrame.generate(20_000, 5, 11);
    private static final HealthModel MODEL = SyntheticFrame.model(5);

    @Test
    void draggingOneWeightPreviewsTheFullFormulasScoresFromKeptSums() {
        ScoringEngine engine = new ScoringEngine(FRAME);
        HealthModel m = MODEL;
        engine.score(m, Cancel.NEVER);
        String dragged = SyntheticFrame.key(2);
        for (double share = 10; share <= 60; share += 2.5) {
            m = m.withMetrics(WeightShares.setShare(m.metrics(), dragged, share, Set.of()));
            assertSameScores(new ScoringEngine(FRAME).score(m, Cancel.NEVER), engine.score(m, Cancel.NEVER, null, true));
        }
        assertEquals(2, engine.previewFocus(), "the drag is served from the sums of the other four metrics");
    }

    @Test
    void previewsShareOneScoreBufferThatNoPublishedResultExposesAndEachKeepsItsOwnFigures() {
        ScoringEngine engine = new ScoringEngine(FRAME);
        EvaluationOptions live = EvaluationOptions.DEFAULT.withExact(false);
        HealthModel a = MODEL.withMetrics(WeightShares.setShare(MODEL.metrics(), SyntheticFrame.key(2), 20, Set.of()));
        HealthModel b = MODEL.withMetrics(WeightShares.setShare(MODEL.metrics(), SyntheticFrame.key(2), 50, Set.of()));
        RecomputeResult settled = RecomputeResult.compute(1, engine, MODEL, EvaluationOptions.DEFAULT, Cancel.NEVER);
        double[] settledScores = settled.scores().score().clone();
        RecomputeResult first = RecomputeResult.compute(2, engine, a, live, Cancel.NEVER);
        RecomputeResult second = RecomputeResult.compute(3, engine, b, live, Cancel.NEVER);

        // the engine keeps one preview buffer (not 8 MB a preview at a million accounts) …
        assertSame(engine.score(a, Cancel.NEVER, null, true).score(), engine.score(b, Cancel.NEVER, null, true).score());
        // … which no published result hands out: a reader cannot keep scores that the next preview overwrites
        assertFalse(first.settled());
        assertThrows(IllegalStateException.class, first::scores);
        assertThrows(IllegalStateException.class, second::scores);
        assertEquals(MODEL.bands().stream().map(Band::name).toList(),
                first.bands().stream().map(Band::name).toList(), "a preview still says its bands");
        Evaluation expected = Evaluator.evaluate(new ScoringEngine(FRAME).score(a, Cancel.NEVER), live, Cancel.NEVER);
        assertEquals(expected.bandRows(), first.evaluation().bandRows(), "the first preview's figures stay its own");
        assertEquals(expected.auc(), first.evaluation().auc(), 0.0);
        assertArrayEquals(expected.histogram().churned(), first.evaluation().histogram().churned());
        assertTrue(!first.evaluation().bandRows().equals(second.evaluation().bandRows()), "the drag moved accounts");
        assertTrue(settled.settled());
        assertArrayEquals(settledScores, settled.scores().score(), 0.0, "a settled result's scores are its own");
    }

    @Test
    void aLockedWeightBreaksTheCommonFactorAndTheFullFormulaIsUsed() {
        ScoringEngine engine = new ScoringEngine(FRAME);
        HealthModel m = MODEL.withMetric(MODEL.metrics().get(0).withWeight(30));
        engine.score(m, Cancel.NEVER);
        Set<String> locked = Set.of(SyntheticFrame.key(0));
        for (double share = 10; share <= 40; share += 10) {
            m = m.withMetrics(WeightShares.setShare(m.metrics(), SyntheticFrame.key(3), share, locked));
            Scores preview = engine.score(m, Cancel.NEVER, null, true);
            Scores full = new ScoringEngine(FRAME).score(m, Cancel.NEVER);
            assertArrayEquals(full.score(), preview.score(), 0.0, "bit for bit: no kept sums were used");
            assertArrayEquals(full.band(), preview.band());
        }
    }

    @Test
    void aNormalizationDragOfTheFocusMetricAndOneSegmentsWeightsArePreviewedToo() {
        Segment smb = new Segment("SMB", "segment", List.of("SMB"), Map.of(SyntheticFrame.key(1), 25.0),
                Bands.defaults());
        HealthModel m = MODEL.withSegments(List.of(smb));
        ScoringEngine engine = new ScoringEngine(FRAME);
        engine.score(m, Cancel.NEVER);
        for (double w = 5; w <= 45; w += 10) { // the SMB weight of metric 2 dragged: other segments unchanged
            m = m.withSegments(List.of(m.segments().get(0).withWeight(SyntheticFrame.key(1), w)));
            assertSameScores(new ScoringEngine(FRAME).score(m, Cancel.NEVER), engine.score(m, Cancel.NEVER, null, true));
        }
        assertEquals(1, engine.previewFocus());
        for (double low = 0; low <= 40; low += 10) { // then that metric's normalization
            m = m.withMetric(m.metrics().get(1).withNormalization(Normalization.linear(low, 90)));
            assertSameScores(new ScoringEngine(FRAME).score(m, Cancel.NEVER), engine.score(m, Cancel.NEVER, null, true));
        }
        assertEquals(1, engine.previewFocus());
    }

    @Test
    void twoMetricsChangedAtOnceAreScoredInFull() {
        ScoringEngine engine = new ScoringEngine(FRAME);
        engine.score(MODEL, Cancel.NEVER);
        HealthModel m = MODEL.withMetric(MODEL.metrics().get(0).withNormalization(Normalization.linear(20, 80)))
                .withMetric(MODEL.metrics().get(4).withNormalization(Normalization.linear(0, 70)));
        Scores preview = engine.score(m, Cancel.NEVER, null, true);
        assertArrayEquals(new ScoringEngine(FRAME).score(m, Cancel.NEVER).score(), preview.score(), 0.0);
        assertEquals(-1, engine.previewFocus());
    }

    private static void assertSameScores(Scores full, Scores preview) {
        int scored = 0;
        for (int i = 0; i < full.size(); i++) {
            double f = full.score()[i];
            double p = preview.score()[i];
            if (f != f) {
                assertTrue(p != p, "account " + i + " unscored in full, " + p + " in the preview");
                continue;
            }
            scored++;
            assertEquals(f, p, 1e-9, "account " + i);
            assertEquals(full.band()[i], preview.band()[i], "band of account " + i + " (score " + f + ")");
        }
        assertTrue(scored > FRAME.size() * 0.9);
    }
}
