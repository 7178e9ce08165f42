package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

class ThresholdSuggestionTest {
    private static final int N = 40_000;

    /** Values uniform on 0–1; churn 60 % below 0.3, 30 % up to 0.7, 5 % above: the true cut points. */
    private static byte[] plantedOutcome(double[] values, boolean lowerIsBetter, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] outcome = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextDouble();
            double good = lowerIsBetter ? 1 - values[i] : values[i];
            double churn = good < 0.3 ? 0.6 : good < 0.7 ? 0.3 : 0.05;
            outcome[i] = i % 10 == 0 ? Outcome.UNKNOWN : r.nextDouble() < churn ? Outcome.CHURNED : Outcome.RETAINED;
        }
        return outcome;
    }

    private static Metric metric(Direction direction, Normalization n) {
        return new Metric("usage", "Usage", new MetricSource.Column("usage"), direction, n, MissingPolicy.REWEIGHT,
                120, 10);
    }

    @Test
    void findsThePlantedCutPointsAndBeatsAPoorGuess() {
        double[] values = new double[N];
        byte[] outcome = plantedOutcome(values, false, 1);
        Metric poor = metric(Direction.HIGHER_IS_BETTER, new Normalization.Thresholds(0.9, 0.9, 0.95, false));
        var s = ThresholdSuggestion.of(poor, DataColumn.numeric("usage", values), outcome, Cancel.NEVER);
        assertEquals(0.3, s.suggested().concerning(), 0.03);
        assertEquals(0.7, s.suggested().healthy(), 0.03);
        assertEquals(false, s.suggested().interpolate(), "stepped stays stepped");
        assertTrue(s.informationValue() > s.currentInformationValue() + 0.1,
                s.informationValue() + " vs " + s.currentInformationValue());
        assertEquals(N - N / 10, s.accounts(), "accounts with an outcome count");
        // with stepped thresholds the three groups are the point levels: the IV is the metric editor's IV
        for (var t : java.util.List.of(s.suggested(), poor.normalization())) {
            double[] points = MetricPoints.compute(poor.withNormalization(t), DataColumn.numeric("usage", values),
                    Cancel.NEVER);
            assertEquals(MetricDiagnostics.of(points, outcome, null).informationValue(),
                    t == poor.normalization() ? s.currentInformationValue() : s.informationValue(), 1e-12);
        }
    }

    @Test
    void aLowerIsBetterMetricGetsDescendingCutPoints() {
        double[] values = new double[N];
        byte[] outcome = plantedOutcome(values, true, 2);
        Metric m = metric(Direction.LOWER_IS_BETTER, new Normalization.Thresholds(0.9, 0.8, 0.2, true));
        var s = ThresholdSuggestion.of(m, DataColumn.numeric("tickets", values), outcome, Cancel.NEVER);
        assertEquals(0.7, s.suggested().concerning(), 0.03, "more than 0.7 is at risk");
        assertEquals(0.3, s.suggested().healthy(), 0.03, "0.3 or less is healthy");
        assertTrue(s.suggested().interpolate());
        assertTrue(s.suggested().atRisk() >= s.suggested().concerning(), "at-risk lies beyond concerning");
    }

    @Test
    void refusesACategoricalMetricAndAMetricWithoutChurnWithAReason() {
        Metric m = metric(Direction.HIGHER_IS_BETTER, new Normalization.Thresholds(0, 0, 1, false));
        var categorical = new DataColumn("plan", new double[] {0, 1}, new String[] {"Basic", "Pro"});
        var e = assertThrows(IllegalArgumentException.class, () -> ThresholdSuggestion.of(m, categorical,
                new byte[] {Outcome.CHURNED, Outcome.RETAINED}, Cancel.NEVER));
        assertTrue(e.getMessage().contains("categorical"), e.getMessage());
        double[] values = new double[100];
        byte[] renewed = new byte[100];
        java.util.Arrays.fill(renewed, Outcome.RETAINED);
        var none = assertThrows(IllegalArgumentException.class, () -> ThresholdSuggestion.of(m,
                DataColumn.numeric("usage", values), renewed, Cancel.NEVER));
        assertTrue(none.getMessage().contains("0 churned"), none.getMessage());
    }
}
