package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;
import org.healthscore.data.Outcome;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.engine.overrides.CsmVerdict;
import org.healthscore.model.HealthModel;
import org.healthscore.model.MissingPolicy;
import org.junit.jupiter.api.Test;

/**
 * Nine accounts scored on day 0 by two equally weighted metrics m and n whose raw values are their points, so the
 * score is 10 × the value when m = n: 90 70 50 30 80 20 70 50 90. Bands Green ≥ 80, Yellow ≥ 60, Orange ≥ 40, Red.
 * Outcomes R R C R C C C C R.
 */
class AppliedOverridesTest {
    private static final byte C = Outcome.CHURNED;
    private static final byte R = Outcome.RETAINED;
    private static final double[] VALUES = {9, 7, 5, 3, 8, 2, 7, 5, 9};
    private static final byte[] OUTCOMES = {R, R, C, R, C, C, C, C, R};
    private final HealthModel model = TestFrames.model(
            TestFrames.metric("m", TestFrames.identity(), MissingPolicy.NEUTRAL, 1),
            TestFrames.metric("n", TestFrames.identity(), MissingPolicy.NEUTRAL, 1));

    private Scores scores(double[] n) {
        AccountFrame frame = TestFrames.frame(OUTCOMES, null, Map.of("m", VALUES, "n", n));
        return new ScoringEngine(frame).score(model, Cancel.NEVER);
    }

    private static CsmOverride band(long id, String account, String band, int from, int until) {
        return new CsmOverride(id, account, new CsmOverride.BandChange(band), "because", "ann", from, until,
                AccountTable.NO_DAY, "", "");
    }

    private static CsmOverride points(long id, String account, String metric, double p, int from, int until) {
        return new CsmOverride(id, account, new CsmOverride.PointsChange(metric, p), "because", "ann", from, until,
                AccountTable.NO_DAY, "", "");
    }

    /**
     * A2 Orange (older) then Green (newer): Green. A3 n = 10 points: (5 + 10) / 2 × 10 = 75, Yellow. A5 Red. A1 Green
     * (its own band: no change). A6 expired on day 0, A4 removed on day 0, A7 not before day 10, A8 a metric the
     * model lacks: none of these four applies.
     */
    private List<CsmOverride> overrides() {
        List<CsmOverride> l = new ArrayList<>();
        l.add(band(1, "A2", "Orange", 0, 90));
        l.add(band(7, "A2", "Green", 0, 90));
        l.add(points(2, "A3", "n", 10, -5, 90));
        l.add(band(3, "A5", "Red", 0, 90));
        l.add(band(4, "A1", "Green", 0, 90));
        l.add(band(5, "A6", "Green", -100, 0));
        l.add(band(6, "A4", "Green", -10, 90).removedFrom(0, "bob"));
        l.add(band(8, "A7", "Green", 10, 100));
        l.add(points(9, "A8", "zzz", 10, 0, 90));
        return l;
    }

    @Test
    void whereAnOverrideStandsOnADay() {
        CsmOverride o = band(1, "A1", "Green", 10, 100);
        assertEquals(CsmOverride.Status.NOT_YET, o.statusOn(9));
        assertEquals(CsmOverride.Status.ACTIVE, o.statusOn(10));
        assertEquals(CsmOverride.Status.ACTIVE, o.statusOn(99));
        assertEquals(CsmOverride.Status.EXPIRED, o.statusOn(100), "until is the first day it no longer holds");
        CsmOverride removed = o.removedFrom(50, "bob");
        assertEquals(CsmOverride.Status.ACTIVE, removed.statusOn(49), "a backtest before the removal still sees it");
        assertEquals(CsmOverride.Status.REMOVED, removed.statusOn(50));
        assertEquals(CsmOverride.Status.REMOVED, removed.statusOn(200), "removed, not expired, once both are true");
    }

    @Test
    void finalBandsAndScoresByHand() {
        Scores model = scores(VALUES);
        AppliedOverrides a = AppliedOverrides.apply(model, overrides());
        double[] expectedScore = {90, 70, 75, 30, 80, 20, 70, 50, 90};
        String[] expectedBand = {"Green", "Green", "Yellow", "Red", "Red", "Red", "Yellow", "Orange", "Green"};
        for (int i = 0; i < 9; i++) {
            assertEquals(expectedScore[i], a.after().score()[i], 1e-9, "score of A" + (i + 1));
            assertEquals(expectedBand[i], a.after().bands().get(a.after().band()[i]).name(), "band of A" + (i + 1));
        }
        assertEquals(50, model.score()[2], 1e-9, "the model's own scores are untouched");
        assertEquals(4, a.accountsOverridden(), "A1, A2, A3, A5");
        assertEquals(3, a.accountsMovedBand(), "A2, A3, A5");
        assertEquals(List.of(AppliedOverrides.Direction.SAME, AppliedOverrides.Direction.UP,
                AppliedOverrides.Direction.UP, AppliedOverrides.Direction.NONE, AppliedOverrides.Direction.DOWN),
                List.of(a.direction(0), a.direction(1), a.direction(2), a.direction(3), a.direction(4)));
        assertEquals(1, a.ignored().size());
        assertTrue(a.ignored().get(0).contains("zzz"), a.ignored().toString());
        assertEquals(2, a.inEffect().get(1).size(), "both of A2's overrides were applied, the newest last");
    }

    /** A second engine: the points override gives the score the engine gives the same points from the data. */
    @Test
    void aPointsOverrideScoresAsTheEngineWouldWithThosePoints() {
        double[] n = VALUES.clone();
        n[2] = 10;
        Scores direct = scores(n);
        AppliedOverrides a = AppliedOverrides.apply(scores(VALUES), List.of(points(1, "A3", "n", 10, 0, 90)));
        assertEquals(direct.score()[2], a.after().score()[2], 0.0);
        assertEquals(direct.band()[2], a.after().band()[2]);
        assertEquals(10, a.after().points()[1][2], 0.0);
        assertEquals(5, a.model().points()[1][2], 0.0, "the model's points are not written over");
    }

    /** The evaluation after the overrides: AUC by brute force over the churned × retained pairs of the final scores. */
    @Test
    void theFiguresAfterTheOverrides() {
        AppliedOverrides a = AppliedOverrides.apply(scores(VALUES), overrides());
        Evaluation e = Evaluator.evaluate(a.after(), EvaluationOptions.DEFAULT, Cancel.NEVER);
        double[] s = {90, 70, 75, 30, 80, 20, 70, 50, 90};
        double wins = 0;
        int pairs = 0;
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                if (OUTCOMES[r] == R && OUTCOMES[c] == C) {
                    pairs++;
                    wins += s[r] > s[c] ? 1 : s[r] == s[c] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, e.auc(), 1e-12);
        // Green: A1 A2 A9 (3 of 9), none churned; Red: A4 A5 A6, two churned
        assertEquals(3, e.bandRows().get(0).accounts());
        assertEquals(0, e.bandRows().get(0).churned());
        assertEquals(3, e.bandRows().get(3).accounts());
        assertEquals(2, e.bandRows().get(3).churned());
        assertEquals(0, e.greenButChurned().length, "A5 churned in Green; the CSM moved it to Red");
        assertEquals(1, Evaluator.evaluate(a.model(), EvaluationOptions.DEFAULT, Cancel.NEVER).greenButChurned().length);
    }

    /**
     * Left alone (A4 A6 A7 A8 A9): Green A9 0 of 1, Yellow A7 1 of 1, Orange A8 1 of 1, Red A4 A6 1 of 2. Moved up
     * A2 (Yellow, retained) and A3 (Orange, churned): 1 of 2, where the untouched of their bands churned
     * (1 × 100 % + 1 × 100 %) / 2 = 100 %. Moved down A5 (Green, churned): 1 of 1 against 0 %. A1 unchanged.
     */
    @Test
    void wereTheCsmsRightByHand() {
        CsmVerdict v = CsmVerdict.of(AppliedOverrides.apply(scores(VALUES), overrides()), null);
        assertEquals(5, v.untouched().accounts());
        assertEquals(3, v.untouched().churned(), "A6, A7 and A8 churned of the five left alone");
        assertEquals(0.6, v.untouched().churnRate(), 1e-12);
        assertEquals(2, v.movedUp().accounts());
        assertEquals(0.5, v.movedUp().churnRate(), 1e-12);
        assertEquals(1.0, v.movedUp().expectedChurnRate(), 1e-12);
        assertEquals(1, v.movedDown().accounts());
        assertEquals(1.0, v.movedDown().churnRate(), 1e-12);
        assertEquals(0.0, v.movedDown().expectedChurnRate(), 1e-12);
        assertEquals(1, v.unchanged());
        assertEquals(0.5, v.rows().get(3).untouched().churnRate(), 1e-12, "Red left alone: A4 R, A6 C");
        assertEquals(1, v.rows().get(1).movedUp().accounts(), "A2 was Yellow");
    }

    @Test
    void noOverrideLeavesTheScoresAsTheyAre() {
        Scores s = scores(VALUES);
        assertSame(s, AppliedOverrides.apply(s, List.of()).after());
        assertSame(s, AppliedOverrides.apply(s, List.of(band(1, "A1", "Red", 5, 90))).after(), "not yet on day 0");
    }
}
