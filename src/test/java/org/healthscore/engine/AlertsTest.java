package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.healthscore.data.AccountTable;
import org.healthscore.data.Dataset;
import org.healthscore.data.ObservationSeries;
import org.healthscore.model.AlertRule;
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

class AlertsTest {
    @Test
    void aDropWithinTheWindowAlertsEvenInTheTopBandAndNamesTheMetricThatFell() {
        // three accounts, two metrics (points = value), equal weights; history on days 0 and 60
        ObservationSeries usage = new ObservationSeries.Builder("usage", 3, null)
                .add(0, 0, 10).add(0, 60, 6)     // A: usage 10 → 6, pulse 10 → 10: score 100 → 80 (still Green)
                .add(1, 0, 8).add(1, 60, 7.5)    // B: small dip, no alert
                .add(2, 0, 9).add(2, 60, 9).build();
        ObservationSeries pulse = new ObservationSeries.Builder("pulse", 3, null)
                .add(0, 0, 10).add(0, 60, 10)
                .add(1, 0, 8).add(1, 60, 8)
                .add(2, 0, 9).add(2, 60, 2).build(); // C: pulse 9 → 2: score 90 → 55
        AccountTable accounts = new AccountTable(new String[] {"A", "B", "C"}, new byte[] {-1, -1, -1},
                new double[3], new int[] {AccountTable.NO_DAY, AccountTable.NO_DAY, AccountTable.NO_DAY}, Map.of(), null);
        Dataset d = new Dataset("h", accounts, Map.of("usage", usage, "pulse", pulse));
        HealthModel model = new HealthModel("m", "", List.of(metric("usage"), metric("pulse")), Bands.defaults(),
                List.of(), List.of());
        List<Alerts.Alert> alerts = Alerts.detect(d, model, new AlertRule("drop", 15, 60), 60, Cancel.NEVER);
        assertEquals(List.of("C", "A"), alerts.stream().map(Alerts.Alert::accountId).toList(), "biggest drop first");
        Alerts.Alert c = alerts.get(0);
        assertEquals(90.0, c.scoreBefore(), 1e-9);
        assertEquals(55.0, c.scoreNow(), 1e-9);
        assertEquals("pulse", c.metricKey());
        assertEquals(-35.0, c.metricChange(), 1e-9, "pulse lost 35 points of the score");
        Alerts.Alert a = alerts.get(1);
        assertEquals("Green", a.bandNow(), "an account still in Green is alerted too");
        assertEquals("usage", a.metricKey());
        assertEquals(0, a.sinceDay());
    }

    private static Metric metric(String key) {
        return new Metric(key, key, new MetricSource.Column(key), Direction.HIGHER_IS_BETTER, Normalization.linear(0, 10),
                MissingPolicy.NEUTRAL, 120, 1);
    }
}
