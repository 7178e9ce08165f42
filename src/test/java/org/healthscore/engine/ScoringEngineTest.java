package org.healthscore.engine;

import static org.healthscore.engine.TestFrames.frame;
import static org.healthscore.engine.TestFrames.identity;
import static org.healthscore.engine.TestFrames.metric;
import static org.healthscore.engine.TestFrames.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.Outcome;
import org.healthscore.model.Band;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {
    private static final double NaN = Double.NaN;

    @Test
    void theWorkedExampleScores68() {
        // points 10 / 5 / 6 / 8 with weights 20 / 40 / 20 / 20: (200 + 200 + 120 + 160) / 100 × 10 = 68
        AccountFrame f = frame(new byte[] {Outcome.UNKNOWN},
                null, Map.of("setup", new double[] {10}, "usage", new double[] {5}, "nps", new double[] {6},
                        "pulse", new double[] {8}));
        HealthModel m = model(metric("setup", identity(), MissingPolicy.NEUTRAL, 20),
                metric("usage", identity(), MissingPolicy.NEUTRAL, 40),
                metric("nps", identity(), MissingPolicy.NEUTRAL, 20),
                metric("pulse", identity(), MissingPolicy.NEUTRAL, 20));
        Scores s = new ScoringEngine(f).score(m, Cancel.NEVER);
        assertEquals(68.0, s.score()[0], 1e-12);
        assertEquals("Yellow", s.bands().get(s.band()[0]).name());
        double[] contributions = s.contributions(0);
        assertArrayEquals(new double[] {20, 20, 12, 16}, contributions, 1e-12);
    }

    @Test
    void missingPoliciesNeutralZeroAndReweight() {
        // account 1: a = 8, b missing. weights a 50, b 50
        AccountFrame f = frame(new byte[] {Outcome.UNKNOWN}, null,
                Map.of("a", new double[] {8}, "b", new double[] {NaN}));
        assertEquals(65.0, scoreWithPolicy(f, MissingPolicy.NEUTRAL), 1e-12); // (8 + 5) / 2 × 10
        assertEquals(40.0, scoreWithPolicy(f, MissingPolicy.ZERO), 1e-12);    // (8 + 0) / 2 × 10
        assertEquals(80.0, scoreWithPolicy(f, MissingPolicy.REWEIGHT), 1e-12); // only a counts
    }

    private static double scoreWithPolicy(AccountFrame f, MissingPolicy policy) {
        HealthModel m = model(metric("a", identity(), MissingPolicy.NEUTRAL, 50), metric("b", identity(), policy, 50));
        return new ScoringEngine(f).score(m, Cancel.NEVER).score()[0];
    }

    @Test
    void anAccountWithEveryMetricReweightedAwayIsUnscored() {
        AccountFrame f = frame(new byte[] {Outcome.CHURNED}, null, Map.of("a", new double[] {NaN}));
        Scores s = new ScoringEngine(f).score(model(metric("a", identity(), MissingPolicy.REWEIGHT, 1)), Cancel.NEVER);
        assertTrue(Double.isNaN(s.score()[0]));
        assertEquals(-1, s.band()[0]);
        Evaluation e = Evaluator.evaluate(s, EvaluationOptions.DEFAULT, Cancel.NEVER);
        assertEquals(1, e.accounts());
        assertEquals(0, e.scored());
    }

    @Test
    void bandEdgesBelongToTheHigherBand() {
        // scores exactly 80, 60, 40 and just below 80
        AccountFrame f = frame(new byte[4], null, Map.of("a", new double[] {8, 6, 4, 7.9999999}));
        Scores s = new ScoringEngine(f).score(model(metric("a", identity(), MissingPolicy.NEUTRAL, 1)), Cancel.NEVER);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            names.add(s.bands().get(s.band()[i]).name());
        }
        assertEquals(List.of("Green", "Yellow", "Orange", "Yellow"), names);
    }

    @Test
    void segmentOverridesWeightsAndBandsOnlyForItsAccounts() {
        // two accounts with a = 10, b = 0; SMB weights a only, Enterprise keeps the defaults (50/50)
        AccountFrame f = frame(new byte[2], new String[] {"SMB", "Enterprise"},
                Map.of("a", new double[] {10, 10}, "b", new double[] {0, 0}));
        Metric a = metric("a", identity(), MissingPolicy.NEUTRAL, 50);
        Metric b = metric("b", identity(), MissingPolicy.NEUTRAL, 50);
        List<Band> strict = List.of(new Band("Healthy", 95, "#00aa00", ""), new Band("Watch", 0, "#aa0000", ""));
        Segment smb = new Segment("SMB", "segment", List.of("SMB"), Map.of("b", 0.0), strict);
        HealthModel m = model(a, b).withSegments(List.of(smb));
        Scores s = new ScoringEngine(f).score(m, Cancel.NEVER);
        assertEquals(100.0, s.score()[0], 1e-12);
        assertEquals(50.0, s.score()[1], 1e-12);
        assertEquals("Healthy", s.bands().get(s.band()[0]).name());
        assertEquals("Orange", s.bands().get(s.band()[1]).name());
        assertEquals(0, s.segmentOf()[0]);
        assertEquals(-1, s.segmentOf()[1]);
    }

    @Test
    void aSegmentsOwnPointsScoreItsAccountsAndOnlyThem() {
        // a = 2, 4, 8 for three accounts; the model reads a as 0-10 (2, 4, 8 points), SMB's own points read it
        // lower-is-better on 0-20 (9, 8, 6 points), missing as zero; b = 5 everywhere, equal weights
        AccountFrame f = frame(new byte[4], new String[] {"SMB", "Enterprise", "SMB", "SMB"},
                Map.of("a", new double[] {2, 4, 8, Double.NaN}, "b", new double[] {5, 5, 5, 5}));
        Metric a = metric("a", identity(), MissingPolicy.NEUTRAL, 1);
        Metric b = metric("b", identity(), MissingPolicy.NEUTRAL, 1);
        Segment smb = new Segment("SMB", "segment", List.of("SMB"), Map.of(), null, Map.of("a",
                new org.healthscore.model.SegmentPoints(Direction.LOWER_IS_BETTER, Normalization.linear(0, 20),
                        MissingPolicy.ZERO)));
        HealthModel m = model(a, b).withSegments(List.of(smb));
        ScoringEngine engine = new ScoringEngine(f);
        Scores s = engine.score(m, Cancel.NEVER);
        assertArrayEquals(new double[] {9, 4, 6, 0}, s.points()[0], 1e-12);
        assertArrayEquals(new double[] {70, 45, 55, 25}, s.score(), 1e-12); // (p_a + 5) / 2 × 10
        assertEquals(List.of(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER),
                List.of(s.metricsOf(0).get(0).direction(), s.metricsOf(1).get(0).direction()));
        // the row scorer (`score`) gives each account the same points by its own segment
        RowScorer rows = new RowScorer(m);
        String[][] cells = {{"2", "5", "SMB"}, {"4", "5", "Enterprise"}, {"8", "5", "SMB"}, {"", "5", "SMB"}};
        for (int i = 0; i < cells.length; i++) {
            String[] c = cells[i];
            RowScorer.Result r = rows.score(name -> name.equals("a") ? c[0] : name.equals("b") ? c[1] : c[2]);
            assertEquals(s.score()[i], r.score(), 1e-12, "account " + i);
        }
        // a weight drag keeps the merged points column (the drag's kept sums compare columns by identity)
        Scores reweighted = engine.score(m.withMetric(b.withWeight(3)), Cancel.NEVER);
        assertSame(s.points()[0], reweighted.points()[0]);
        Scores without = engine.score(m.withSegments(List.of(smb.withPoints("a", null))), Cancel.NEVER);
        assertArrayEquals(new double[] {2, 4, 8, 5}, without.points()[0], 1e-12);
    }

    @Test
    void aWeightChangeReusesCachedPointsAndANormalizationChangeRecomputesThem() {
        AccountFrame f = frame(new byte[3], null, Map.of("a", new double[] {1, 5, 9}, "b", new double[] {2, 4, 6}));
        HealthModel m = model(metric("a", identity(), MissingPolicy.NEUTRAL, 1),
                metric("b", identity(), MissingPolicy.NEUTRAL, 1));
        ScoringEngine engine = new ScoringEngine(f);
        Scores first = engine.score(m, Cancel.NEVER);
        Scores reweighted = engine.score(m.withMetric(m.metrics().get(0).withWeight(3)), Cancel.NEVER);
        assertSame(first.points()[0], reweighted.points()[0]);
        assertEquals((3 * 5 + 4) / 4.0 * 10, reweighted.score()[1], 1e-12);
        Scores renormalized = engine.score(m.withMetric(m.metrics().get(0)
                .withNormalization(Normalization.linear(0, 5))), Cancel.NEVER);
        assertEquals(10.0, renormalized.points()[0][1], 1e-12);
        assertSame(first.points()[1], renormalized.points()[1]);
    }

    @Test
    void propertyScoreStaysWithin0And100AndIsMonotoneAndOrderFree() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 50; trial++) {
            int n = 200;
            int k = 1 + r.nextInt(6);
            Map<String, double[]> cols = new java.util.LinkedHashMap<>();
            List<Metric> metrics = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                double[] v = r.doubles(n, -50, 150).map(x -> x < -40 ? NaN : x).toArray();
                cols.put("m" + j, v);
                MissingPolicy p = MissingPolicy.values()[r.nextInt(3)];
                Normalization norm = switch (r.nextInt(3)) {
                    case 0 -> Normalization.linear(0, 100);
                    case 1 -> Normalization.interpolated(10, 40, 80);
                    default -> Normalization.stepped(30, 70);
                };
                metrics.add(metric("m" + j, norm, p, r.nextInt(5) + r.nextDouble()));
            }
            AccountFrame f = frame(new byte[n], null, cols);
            HealthModel m = model(metrics.toArray(Metric[]::new));
            double[] base = new ScoringEngine(f).score(m, Cancel.NEVER).score();
            for (double s : base) {
                assertTrue(Double.isNaN(s) || (s >= 0 && s <= 100), "score " + s);
            }
            // raising one higher-is-better metric never lowers any score
            Map<String, double[]> raised = new java.util.LinkedHashMap<>(cols);
            double[] up = cols.get("m0").clone();
            for (int i = 0; i < n; i++) {
                up[i] = Double.isNaN(up[i]) ? up[i] : up[i] + r.nextDouble() * 30;
            }
            raised.put("m0", up);
            double[] higher = new ScoringEngine(frame(new byte[n], null, raised)).score(m, Cancel.NEVER).score();
            for (int i = 0; i < n; i++) {
                assertTrue(Double.isNaN(base[i]) || higher[i] >= base[i] - 1e-9, "account " + i);
            }
            // permuting the metric order changes nothing
            List<Metric> shuffled = new ArrayList<>(metrics);
            Collections.shuffle(shuffled, new java.util.Random(trial));
            double[] permuted = new ScoringEngine(f).score(m.withMetrics(shuffled), Cancel.NEVER).score();
            for (int i = 0; i < n; i++) {
                assertEquals(base[i], permuted[i], 1e-9);
            }
        }
    }
}
