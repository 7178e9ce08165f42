package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.Outcome;
import org.healthscore.engine.compare.BandMigration;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.model.HealthModel;
import org.healthscore.model.MissingPolicy;
import org.junit.jupiter.api.Test;

/**
 * Model A (metric m) against model B (metric n) on six accounts, one metric each so that score = 10 × value:
 * A scores 90 70 50 30 80 20, B scores 90 50 60 80 30 10; ARR 1,000 × the account's number. Bands Green ≥ 80,
 * Yellow ≥ 60, Orange ≥ 40, Red.
 */
class ComparisonTest {
    private static final byte C = Outcome.CHURNED;
    private static final byte R = Outcome.RETAINED;
    private final AccountFrame frame = TestFrames.frame(new byte[] {R, R, C, R, C, C}, new String[] {"X", "X", "X", "Y",
            "Y", "Y"}, Map.of("m", new double[] {9, 7, 5, 3, 8, 2}, "n", new double[] {9, 5, 6, 8, 3, 1}));
    private final HealthModel a = TestFrames.model(TestFrames.metric("m", TestFrames.identity(), MissingPolicy.NEUTRAL, 1));
    private final HealthModel b = TestFrames.model(TestFrames.metric("n", TestFrames.identity(), MissingPolicy.NEUTRAL, 1));

    private Comparison compare(AccountFilter filter) {
        Scores sa = new ScoringEngine(frame).score(a, Cancel.NEVER);
        Scores sb = new ScoringEngine(frame).score(b, Cancel.NEVER);
        return Comparison.of(sa, sb, new EvaluationOptions(20, filter, true, 60), Cancel.NEVER);
    }

    /**
     * By hand: Green → Green account 1, Green → Red 5, Yellow → Orange 2, Orange → Yellow 3, Red → Green 4, Red →
     * Red 6; the ARR of each cell is its accounts' (1,000 × number).
     */
    @Test
    void theMigrationMatrixByHand() {
        BandMigration m = compare(AccountFilter.ALL).migration();
        assertEquals(List.of("Green", "Yellow", "Orange", "Red"), m.bandsA());
        assertArrayEquals(new long[] {1, 0, 0, 1}, m.accounts()[0]);
        assertArrayEquals(new long[] {0, 0, 1, 0}, m.accounts()[1]);
        assertArrayEquals(new long[] {0, 1, 0, 0}, m.accounts()[2]);
        assertArrayEquals(new long[] {1, 0, 0, 1}, m.accounts()[3]);
        assertArrayEquals(new double[] {1000, 0, 0, 5000}, m.arr()[0]);
        assertArrayEquals(new double[] {4000, 0, 0, 6000}, m.arr()[3]);
        assertEquals(2, m.staying());
        assertEquals(6, m.total());
        Scores sa = new ScoringEngine(frame).score(a, Cancel.NEVER);
        Scores sb = new ScoringEngine(frame).score(b, Cancel.NEVER);
        assertEquals(List.of(3), BandMigration.accountsIn(sa, sb, i -> true, 3, 0), "Red → Green: account 4");
    }

    /** Per segment Y (accounts 4–6): Red → Green 4, Green → Red 5, Red → Red 6. */
    @Test
    void perSegment() {
        BandMigration m = compare(new AccountFilter("Y")).migration();
        assertArrayEquals(new long[] {0, 0, 0, 1}, m.accounts()[0]);
        assertArrayEquals(new long[] {1, 0, 0, 1}, m.accounts()[3]);
        assertEquals(3, m.total());
    }

    /** Largest moves first: 4 (+50) and 5 (−50), then 2 (−20), 3 (+10), 6 (−10), 1 (0). */
    @Test
    void theAccountsThatMoveMostWithTheirContributions() {
        List<Comparison.Mover> movers = compare(AccountFilter.ALL).movers();
        assertEquals(List.of("A4", "A5", "A2", "A3", "A6", "A1"), movers.stream().map(Comparison.Mover::id).toList());
        Comparison.Mover first = movers.get(0);
        assertEquals(30, first.scoreA(), 1e-12);
        assertEquals(80, first.scoreB(), 1e-12);
        assertEquals("Red", first.bandA());
        assertEquals("Green", first.bandB());
        assertArrayEquals(new double[] {30}, first.contributionsA(), 1e-12);
        assertArrayEquals(new double[] {80}, first.contributionsB(), 1e-12);
    }

    /**
     * AUC of each: churners are accounts 3, 5, 6. A: 50, 80, 20 against renewals 90, 70, 30 — pairs ranked right
     * (churner lower): 50<90, 50<70, 80<90, 20<90, 20<70, 20<30 = 6 of 9. B: 60, 30, 10 against 90, 50, 80 —
     * 60<90, 60<80, 30<90, 30<50, 30<80, 10 × 3 = 8 of 9.
     */
    @Test
    void bothAucsAndDeLongOnTheSameAccounts() {
        Comparison c = compare(AccountFilter.ALL);
        assertEquals(6.0 / 9, c.a().auc(), 1e-12);
        assertEquals(8.0 / 9, c.b().auc(), 1e-12);
        assertEquals(6.0 / 9, c.test().aucA(), 1e-12);
        assertEquals(8.0 / 9, c.test().aucB(), 1e-12);
        assertEquals(3, c.test().churned());
    }
}
