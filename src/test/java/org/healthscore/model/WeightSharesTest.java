package org.healthscore.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightSharesTest {
    private static List<Metric> weights(double... w) {
        List<Metric> out = new java.util.ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            out.add(new Metric("m" + i, "m" + i, new MetricSource.Column("c"), Direction.HIGHER_IS_BETTER,
                    Normalization.linear(0, 1), MissingPolicy.NEUTRAL, 120, w[i]));
        }
        return out;
    }

    private static double[] shares(List<Metric> ms) {
        return ms.stream().mapToDouble(Metric::weight).toArray();
    }

    @Test
    void raisingOneShareTakesFromTheOthersInProportion() {
        // 20 / 40 / 20 / 20 → usage (m1) to 60: the other 40 % split 1:1:1 as before
        double[] s = shares(WeightShares.setShare(weights(20, 40, 20, 20), "m1", 60, Set.of()));
        assertEquals(60, s[1], 1e-12);
        assertEquals(40.0 / 3, s[0], 1e-12);
        assertEquals(40.0 / 3, s[2], 1e-12);
        assertEquals(100, s[0] + s[1] + s[2] + s[3], 1e-9);
    }

    @Test
    void lockedSharesStayPutAndLimitTheRange() {
        // NPS (m2) locked at 20 %: m1 can take at most 80 %, and m0, m3 give way
        double[] s = shares(WeightShares.setShare(weights(20, 40, 20, 20), "m1", 95, Set.of("m2")));
        assertEquals(20, s[2], 1e-12);
        assertEquals(80, s[1], 1e-12);
        assertEquals(0, s[0], 1e-12);
        assertEquals(0, s[3], 1e-12);
    }

    @Test
    void rawWeightsBecomePercentages() {
        double[] s = shares(WeightShares.setShare(weights(1, 1, 2), "m2", 50, Set.of()));
        assertEquals(25, s[0], 1e-12);
        assertEquals(25, s[1], 1e-12);
        assertEquals(50, s[2], 1e-12);
    }

    @Test
    void withEveryOtherMetricLockedTheShareCannotMove() {
        double[] s = shares(WeightShares.setShare(weights(30, 70), "m0", 90, Set.of("m1")));
        assertEquals(30, s[0], 1e-12);
        assertEquals(70, s[1], 1e-12);
    }

    @Test
    void roundedSharesAddUpToTheRoundedTotal() {
        double third = 100.0 / 3;
        double[] tenths = WeightShares.rounded(new double[] {third, third, third}, 0.1);
        assertEquals(100.0, tenths[0] + tenths[1] + tenths[2], 1e-9, java.util.Arrays.toString(tenths));
        assertEquals(33.4, java.util.Arrays.stream(tenths).max().orElseThrow(), 1e-9);
        assertEquals(33.3, java.util.Arrays.stream(tenths).min().orElseThrow(), 1e-9);
        // 22.45 / 22.45 / 55.1: plain rounding to 0.1 gives 22.5 + 22.5 + 55.1 = 100.1
        double[] t = WeightShares.rounded(new double[] {22.45, 22.45, 55.1}, 0.1);
        assertEquals(100.0, t[0] + t[1] + t[2], 1e-9, java.util.Arrays.toString(t));
        double[] whole = WeightShares.rounded(new double[] {22.5, 22.5, 55.0}, 1);
        assertEquals(100.0, whole[0] + whole[1] + whole[2], 1e-9, java.util.Arrays.toString(whole));
        assertEquals(55.0, whole[2], 1e-9, "an exact share stays as it is");
    }
}
