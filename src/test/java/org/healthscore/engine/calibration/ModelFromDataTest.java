package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.model.Direction;
import org.junit.jupiter.api.Test;

class ModelFromDataTest {
    /** The model format's rule for a metric key (docs/schema/health-score-model.v1.json). */
    private static final String KEY_PATTERN = "^[A-Za-z][A-Za-z0-9_]{0,63}$";

    @Test
    void aLongOrOddColumnNameStillGivesAKeyTheModelFormatAccepts() {
        String name = "Number of weekly active users in the product (last 30 days, all workspaces)";
        var metric = ModelFromData.metric(DataColumn.numeric(name, new double[] {1, 2, 3, 4, 5, 6}),
                new byte[] {Outcome.CHURNED, Outcome.CHURNED, Outcome.RETAINED, Outcome.CHURNED, Outcome.RETAINED,
                    Outcome.RETAINED});
        assertTrue(metric.key().matches(KEY_PATTERN), metric.key());
        assertEquals("Number_of_weekly_active_users_in_the_product__last", metric.key());
        assertEquals(name, metric.label(), "the label keeps the column's own name");
        assertEquals(Direction.HIGHER_IS_BETTER, metric.direction(), "more users, less churn in this data");
        assertEquals("m_30_day_logins", ModelFromData.metric(DataColumn.numeric("30-day logins", new double[] {1}),
                new byte[] {Outcome.UNKNOWN}).key(), "a key starts with a letter");
    }
}
