package org.healthscore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

class FrameAssemblerTest {
    /** Two accounts; "users" observed on days 100, 130, 200 (account 0) and day 10 (account 1); 50 seats each. */
    private static Dataset dataset() {
        AccountTable accounts = new AccountTable(new String[] {"a", "b"}, new byte[] {0, 1}, new double[] {1, 2},
                new int[] {300, 150}, Map.of("seats", DataColumn.numeric("seats", new double[] {50, 0})), null);
        ObservationSeries users = new ObservationSeries.Builder("users", 2, null)
                .add(0, 200, 40).add(0, 100, 20).add(0, 130, 30).add(1, 10, 5).build();
        return new Dataset("t", accounts, Map.of("users", users));
    }

    private static Metric metric(MetricSource source, int staleDays) {
        return new Metric("m", "m", source, Direction.HIGHER_IS_BETTER, Normalization.linear(0, 1),
                MissingPolicy.NEUTRAL, staleDays, 1);
    }

    @Test
    void takesTheLatestObservationOnOrBeforeTheDate() {
        FrameAssembler fa = new FrameAssembler(dataset());
        Metric m = metric(new MetricSource.Column("users"), 120);
        assertEquals(30, fa.resolve(m, new int[] {150, 150}).values()[0]);
        assertEquals(20, fa.resolve(m, new int[] {129, 0}).values()[0]);
        assertEquals(40, fa.resolve(m, new int[] {200, 0}).values()[0]);
        assertTrue(Double.isNaN(fa.resolve(m, new int[] {99, 0}).values()[0]), "nothing observed yet");
    }

    @Test
    void observationsOlderThanTheStalenessLimitAreMissing() {
        FrameAssembler fa = new FrameAssembler(dataset());
        double[] v = fa.resolve(metric(new MetricSource.Column("users"), 120), new int[] {320, 131}).values();
        assertEquals(40, v[0], "day 200 is exactly 120 days before 320: still fresh");
        assertTrue(Double.isNaN(v[1]), "day 10 is 121 days before 131: stale");
        double[] v2 = fa.resolve(metric(new MetricSource.Column("users"), 120), new int[] {321, 0}).values();
        assertTrue(Double.isNaN(v2[0]));
    }

    @Test
    void ratiosDivideAndAZeroDenominatorIsMissing() {
        FrameAssembler fa = new FrameAssembler(dataset());
        double[] v = fa.resolve(metric(new MetricSource.Ratio("users", "seats"), 120), new int[] {150, 20}).values();
        assertEquals(0.6, v[0], 1e-12);
        assertTrue(Double.isNaN(v[1]), "0 licensed seats");
    }

    @Test
    void trendsSubtractTheValueNDaysEarlier() {
        FrameAssembler fa = new FrameAssembler(dataset());
        double[] v = fa.resolve(metric(new MetricSource.Trend("users", 70), 365), new int[] {200, 20}).values();
        assertEquals(40 - 30, v[0], 1e-12, "value at 200 minus value at 130");
        assertTrue(Double.isNaN(v[1]), "no value 70 days before day 20");
    }

    @Test
    void aLeadTimeScoresAccountsWithAnOutcomeBeforeIt() {
        AsOfPolicy p = AsOfPolicy.withLead(400, 60);
        int[] days = p.daysFor(dataset().accounts());
        assertEquals(240, days[0]);
        assertEquals(90, days[1]);
        assertEquals(List.of(400, 400), java.util.Arrays.stream(AsOfPolicy.fixed(400)
                .daysFor(dataset().accounts())).boxed().toList());
    }
}
