package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankStatsTest {

    /** The definition itself: every (retained, churned) pair, retained higher = 1, tie = ½. */
    private static double bruteForceAuc(double[] churned, double[] retained) {
        double wins = 0;
        for (double r : retained) {
            for (double c : churned) {
                wins += r > c ? 1 : r == c ? 0.5 : 0;
            }
        }
        return wins / ((double) churned.length * retained.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void exactAucEqualsBruteForcePairCountIncludingTies(int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int nc = 1 + r.nextInt(200);
        int nr = 1 + r.nextInt(200);
        // few distinct values so that ties are frequent
        double[] c = r.doubles(nc).map(x -> Math.floor(x * 12)).toArray();
        double[] rr = r.doubles(nr).map(x -> Math.floor(x * 12 + 2)).toArray();
        double expected = bruteForceAuc(c, rr);
        Arrays.sort(c);
        Arrays.sort(rr);
        assertEquals(expected, RankStats.exactAuc(c, rr), 1e-12);
    }

    @Test
    void binnedAucIsWithinItsStatedBoundOfTheExactValue() {
        SplittableRandom r = new SplittableRandom(11);
        double[] c = r.doubles(3000).map(x -> 100 * Math.pow(x, 1.5)).toArray();
        double[] rr = r.doubles(5000).map(x -> 100 * Math.pow(x, 0.7)).toArray();
        int[] cb = new int[100];
        int[] rb = new int[100];
        for (double x : c) {
            cb[Math.min(99, (int) x)]++;
        }
        for (double x : rr) {
            rb[Math.min(99, (int) x)]++;
        }
        double exact = bruteForceAuc(c, rr);
        double binned = RankStats.binnedAuc(cb, rb);
        double bound = RankStats.binnedAucBound(cb, rb);
        assertTrue(bound > 0 && bound < 0.02, "bound " + bound);
        assertTrue(Math.abs(exact - binned) <= bound, exact + " vs " + binned + " ± " + bound);
    }

    @Test
    void aucAndKsAreUndefinedWithOnlyOneClass() {
        double[] none = {};
        double[] some = {1, 2, 3};
        assertTrue(Double.isNaN(RankStats.exactAuc(none, some)));
        assertTrue(Double.isNaN(RankStats.exactAuc(some, none)));
        assertTrue(Double.isNaN(RankStats.exactKs(some, none)));
        assertTrue(Double.isNaN(RankStats.binnedAuc(new int[] {0, 0}, new int[] {3, 4})));
        assertEquals(0, RankStats.exactRoc(none, some, 10).falsePositiveRate().length);
    }

    @Test
    void ksOnAHandComputedExample() {
        // churned {10, 20, 30}, retained {20, 40, 50, 60}
        // CDFs at 10: 1/3 vs 0; at 20: 2/3 vs 1/4 (gap 5/12); at 30: 1 vs 1/4 (gap 3/4) ← max
        double[] c = {10, 20, 30};
        double[] r = {20, 40, 50, 60};
        assertEquals(0.75, RankStats.exactKs(c, r), 1e-12);
        // AUC: retained 20 beats 10, ties 20 (½) → 1.5; 40, 50, 60 beat all three → 9; 10.5 / 12
        assertEquals(10.5 / 12, RankStats.exactAuc(c, r), 1e-12);
    }

    @Test
    void decilesAndLiftOnAHandComputedExample() {
        // 20 accounts in score order, as runs of one account each; churned are the 4 lowest and the 11th
        int[] churned = new int[20];
        int[] retained = new int[20];
        for (int i = 0; i < 20; i++) {
            boolean c = i < 4 || i == 10;
            churned[i] = c ? 1 : 0;
            retained[i] = c ? 0 : 1;
        }
        Evaluation.DecileRow[] d = RankStats.deciles(churned, retained);
        // overall churn 5/20 = 0.25; decile 1 and 2 hold 2 churned of 2 → rate 1, lift 4; decile 6 holds 1 of 2
        assertEquals(2, d[0].accounts());
        assertEquals(1.0, d[0].churnRate(), 1e-12);
        assertEquals(4.0, d[0].lift(), 1e-12);
        assertEquals(1.0, d[1].churnRate(), 1e-12);
        assertEquals(0.0, d[2].churnRate(), 1e-12);
        assertEquals(0.5, d[5].churnRate(), 1e-12);
        assertEquals(2.0, d[5].lift(), 1e-12);
        assertEquals(0.0, d[9].lift(), 1e-12);
    }

    @Test
    void decilesSplitATieRunInProportion() {
        // 10 accounts all with the same score, 3 churned: every decile gets one account at 30 % churn
        Evaluation.DecileRow[] d = RankStats.deciles(new int[] {3}, new int[] {7});
        for (Evaluation.DecileRow row : d) {
            assertEquals(1, row.accounts());
            assertEquals(0.3, row.churnRate(), 1e-12);
            assertEquals(1.0, row.lift(), 1e-12);
        }
    }
}
