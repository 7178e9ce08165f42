package org.healthscore.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.healthscore.model.MetricSource;
import org.junit.jupiter.api.Test;

class DatasetSourceCheckTest {
    /** Numeric "seats" and categorical "plan" per account; numeric "users" and categorical "role" over time. */
    private static Dataset dataset() {
        AccountTable accounts = new AccountTable(new String[] {"a", "b"}, new byte[] {0, 1}, new double[] {1, 2},
                new int[] {300, 150}, Map.of("seats", DataColumn.numeric("seats", new double[] {50, 10}),
                "plan", new DataColumn("plan", new double[] {0, 1}, new String[] {"Basic", "Pro"})), null);
        ObservationSeries users = new ObservationSeries.Builder("users", 2, null).add(0, 100, 20).build();
        ObservationSeries role = new ObservationSeries.Builder("role", 2, new String[] {"Admin"}).add(0, 100, 0).build();
        return new Dataset("t", accounts, Map.of("users", users, "role", role));
    }

    private static String refusal(MetricSource source) {
        return assertThrows(IllegalArgumentException.class, () -> dataset().checkSource(source)).getMessage();
    }

    @Test
    void acceptsWhatGivesNumbers() {
        assertDoesNotThrow(() -> dataset().checkSource(new MetricSource.Ratio("users", "seats")));
        assertDoesNotThrow(() -> dataset().checkSource(new MetricSource.Trend("users", 90)));
        assertDoesNotThrow(() -> dataset().checkSource(new MetricSource.Column("plan")), "categories score by mapping");
    }

    @Test
    void refusesWhatCannotWithAReasonNamingTheColumn() {
        assertEquals("the workspace has no column 'logins'", refusal(new MetricSource.Column("logins")));
        assertEquals("'plan' holds categories, not numbers, so it cannot be part of a ratio",
                refusal(new MetricSource.Ratio("seats", "plan")));
        assertEquals("'role' holds categories, not numbers, so it cannot be part of a change over days",
                refusal(new MetricSource.Trend("role", 30)));
        assertEquals("'seats' has one value per account, not a history over time, so it has no change over days",
                refusal(new MetricSource.Trend("seats", 30)));
    }
}
