package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.MetricPoints;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

/**
 * Points fitted on one segment's accounts: where usage protects small accounts and large ones churn more the more
 * they use (the relation runs the other way), one set of points cannot serve both; fitted on each segment's
 * accounts, each gets points that rank its own churn, checked by pair counting.
 */
class MetricFitterSegmentTest {
    @Test
    void pointsFittedOnASegmentRankThatSegmentsChurnWhereTheAllAccountsFitCannot() {
        int n = 6_000;
        Random r = new Random(3);
        double[] usage = new double[n];
        byte[] outcome = new byte[n];
        boolean[] small = new boolean[n];
        for (int i = 0; i < n; i++) {
            small[i] = i % 2 == 0;
            usage[i] = r.nextDouble() * 100;
            double churn = small[i] ? 0.45 - 0.4 * usage[i] / 100 : 0.05 + 0.4 * usage[i] / 100;
            outcome[i] = r.nextDouble() < churn ? Outcome.CHURNED : Outcome.RETAINED;
        }
        DataColumn raw = DataColumn.numeric("usage", usage);
        Metric start = new Metric("usage", "Usage", new MetricSource.Column("usage"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(0, 100), MissingPolicy.NEUTRAL, 120, 1);
        double[] points = MetricPoints.compute(start, raw, Cancel.NEVER);
        boolean[] large = new boolean[n];
        for (int i = 0; i < n; i++) {
            large[i] = !small[i];
        }
        MetricFitter onSmall = MetricFitter.fit(start, raw, points, outcome, small, 5, Folds.DEFAULT_SEED, Cancel.NEVER);
        MetricFitter onLarge = MetricFitter.fit(start, raw, points, outcome, large, 5, Folds.DEFAULT_SEED, Cancel.NEVER);
        MetricFitter onAll = MetricFitter.fit(start, raw, points, outcome, null, 5, Folds.DEFAULT_SEED, Cancel.NEVER);
        assertNull(onSmall.refusal());
        assertNull(onLarge.refusal());
        // judged by pair counting on each segment's own accounts, independently of the fitter's figures
        double smallOwn = pairAuc(MetricPoints.compute(onSmall.fitted(), raw, Cancel.NEVER), outcome, small);
        double largeOwn = pairAuc(MetricPoints.compute(onLarge.fitted(), raw, Cancel.NEVER), outcome, large);
        double smallByAll = pairAuc(MetricPoints.compute(onAll.fitted(), raw, Cancel.NEVER), outcome, small);
        double largeByAll = pairAuc(MetricPoints.compute(onAll.fitted(), raw, Cancel.NEVER), outcome, large);
        // the ceiling: the generating relation itself (churn falls with usage in small accounts, rises in large)
        double[] reversed = new double[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = -usage[i];
        }
        double smallCeiling = pairAuc(usage, outcome, small);
        double largeCeiling = pairAuc(reversed, outcome, large);
        assertTrue(smallOwn > smallCeiling - 0.03 && largeOwn > largeCeiling - 0.03,
                smallOwn + " vs " + smallCeiling + ", " + largeOwn + " vs " + largeCeiling);
        // over all accounts usage says nothing (the two relations cancel), so those points rank neither segment
        assertTrue(Math.max(smallByAll, largeByAll) < Math.min(smallOwn, largeOwn) - 0.1, "the all-accounts points "
                + "rank the segments " + smallByAll + " " + largeByAll + ", their own " + smallOwn + " " + largeOwn);
        // "before": the current points' AUC on the segment's accounts, as pair counting gives it
        assertEquals(pairAuc(points, outcome, small), onSmall.currentAuc(), 1e-9);
        // the fit's own cross-validated figure is held-out, so near the in-sample one but not above it by much
        assertTrue(Math.abs(onSmall.fittedCvAuc() - smallOwn) < 0.03, onSmall.fittedCvAuc() + " vs " + smallOwn);
    }

    /** P(points of a retained account > a churned one's), ties half, over the accounts kept. */
    private static double pairAuc(double[] points, byte[] outcome, boolean[] kept) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < points.length; i++) {
            if (!kept[i] || outcome[i] != Outcome.RETAINED) {
                continue;
            }
            for (int j = 0; j < points.length; j++) {
                if (kept[j] && outcome[j] == Outcome.CHURNED) {
                    pairs++;
                    wins += points[i] > points[j] ? 1 : points[i] == points[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
