package org.healthscore.engine;

import java.util.Arrays;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.model.Metric;
import org.healthscore.model.Normalization;

/**
 * Suggested cut points for one numeric metric's thresholds: the "concerning" and "healthy" values that make the
 * three groups (0, 5 and 10 points) separate churned from renewed accounts best, by information value. Cut
 * points are searched on the 5 %, 10 % … 95 % quantiles of the accounts' values; every group keeps at least
 * 5 % of the accounts, and churn must fall from group to group (so the cut points agree with the direction).
 *
 * <p>Both IVs are of the three groups the cut points make, over the accounts with a value and an outcome, so
 * that they compare like with like (the editor's own IV depends on how many point levels a normalization has).
 *
 * @param suggested          the metric's thresholds with the suggested cut points (its stepped/interpolated kept)
 * @param informationValue   IV of the three groups the suggested cut points make
 * @param currentInformationValue the same for the metric's current cut points; NaN when it has none (not thresholds)
 * @param accounts           accounts with a value and an outcome the search used
 */
public record ThresholdSuggestion(Normalization.Thresholds suggested, double informationValue,
                                  double currentInformationValue, int accounts) {
    private static final int STEPS = 20;
    private static final double MIN_GROUP_SHARE = 0.05;

    public static ThresholdSuggestion of(Metric metric, DataColumn raw, byte[] outcome, Cancel cancel) {
        if (raw.isCategorical()) {
            throw new IllegalArgumentException("'" + metric.label() + "' is categorical: set its points per category "
                    + "instead of cut points");
        }
        double sign = metric.direction().sign();
        // x = sign·value, so that "higher x is better" for either direction
        int n = 0;
        int totalChurned = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] != Outcome.UNKNOWN && !raw.isMissing(i)) {
                n++;
                totalChurned += outcome[i] == Outcome.CHURNED ? 1 : 0;
            }
        }
        double[] sorted = new double[n];
        double[] churnedSorted = new double[totalChurned];
        int m = 0;
        int mc = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] != Outcome.UNKNOWN && !raw.isMissing(i)) {
                sorted[m++] = sign * raw.values()[i];
                if (outcome[i] == Outcome.CHURNED) {
                    churnedSorted[mc++] = sign * raw.values()[i];
                }
            }
        }
        Arrays.sort(sorted);
        Arrays.sort(churnedSorted);
        if (n < 40 || totalChurned == 0 || totalChurned == n) {
            throw new IllegalArgumentException("'" + metric.label() + "' needs at least 40 accounts with a value and "
                    + "an outcome, some churned and some renewed, to suggest thresholds (it has " + n + ", "
                    + totalChurned + " churned)");
        }
        double best = -1;
        int bestC = -1;
        int bestH = -1;
        int minGroup = (int) Math.ceil(MIN_GROUP_SHARE * n);
        for (int a = 1; a < STEPS; a++) {
            cancel.check();
            double cutC = sorted[(int) ((long) a * n / STEPS)];
            int c = firstAtLeast(sorted, cutC);
            int churnedC = firstAtLeast(churnedSorted, cutC);
            for (int b = a + 1; b < STEPS; b++) {
                double cutH = sorted[(int) ((long) b * n / STEPS)];
                int h = firstAtLeast(sorted, cutH);
                if (c < minGroup || h - c < minGroup || n - h < minGroup) {
                    continue;
                }
                double iv = threeGroupIv(new int[] {0, c, h, n},
                        new int[] {0, churnedC, firstAtLeast(churnedSorted, cutH), totalChurned}, true);
                if (iv > best) {
                    best = iv;
                    bestC = c;
                    bestH = h;
                }
            }
        }
        if (bestC < 0) {
            throw new IllegalArgumentException("'" + metric.label() + "' has too few distinct values, or churn does not "
                    + "fall as it improves, so no three groups can be cut from it");
        }
        double concerning = sign * sorted[bestC];
        double healthy = sign * sorted[bestH];
        boolean interpolate = metric.normalization() instanceof Normalization.Thresholds t && t.interpolate();
        double atRisk = interpolate ? sign * Math.min(sorted[(int) ((long) n / STEPS)], sorted[bestC]) : concerning;
        var suggested = new Normalization.Thresholds(atRisk, concerning, healthy, interpolate);
        double current = Double.NaN;
        if (metric.normalization() instanceof Normalization.Thresholds t) {
            current = ivAt(sorted, churnedSorted, sign * t.concerning(), sign * t.healthy());
        }
        return new ThresholdSuggestion(suggested, best, current, n);
    }

    /** The three-group IV at cut points (in "higher is better" space), whichever way churn goes. */
    private static double ivAt(double[] sorted, double[] churnedSorted, double concerning, double healthy) {
        int c = firstAtLeast(sorted, concerning);
        int h = Math.max(c, firstAtLeast(sorted, healthy));
        return threeGroupIv(new int[] {0, c, h, sorted.length}, new int[] {0, firstAtLeast(churnedSorted, concerning),
                Math.max(firstAtLeast(churnedSorted, concerning), firstAtLeast(churnedSorted, healthy)),
                churnedSorted.length}, false);
    }

    /**
     * The IV of the groups between consecutive {@code bounds} (accounts below each cut, sorted), given the churned
     * accounts below each cut (the editor's own IV formula, {@link MetricDiagnostics.GroupIv}); with {@code falling}, −1 unless churn
     * falls from group to group. An empty group adds nothing.
     */
    private static double threeGroupIv(int[] bounds, int[] churnedBelow, boolean falling) {
        int n = bounds[bounds.length - 1];
        int churnedTotal = churnedBelow[churnedBelow.length - 1];
        int renewedTotal = n - churnedTotal;
        double iv = 0;
        double lastRate = Double.POSITIVE_INFINITY;
        for (int g = 0; g < 3; g++) {
            int size = bounds[g + 1] - bounds[g];
            int ch = churnedBelow[g + 1] - churnedBelow[g];
            if (size == 0) {
                continue;
            }
            double rate = (double) ch / size;
            if (falling && rate > lastRate) {
                return -1;
            }
            lastRate = rate;
            iv += MetricDiagnostics.GroupIv.of(size, ch, renewedTotal, churnedTotal, 3).iv();
        }
        return iv;
    }

    private static int firstAtLeast(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
