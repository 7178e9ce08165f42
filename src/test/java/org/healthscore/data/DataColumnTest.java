package org.healthscore.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DataColumnTest {
    @Test
    void keepGivesTheRowsTheMaskKeepsInOrderWithTheirCategories() {
        String[] plans = {"SMB", "Enterprise"};
        DataColumn plan = new DataColumn("plan", new double[] {0, 1, Double.NaN, 1, 0}, plans);
        DataColumn kept = plan.keep(new boolean[] {false, true, true, false, true});
        assertArrayEquals(new double[] {1, Double.NaN, 0}, kept.values());
        assertSame(plans, kept.categories());
        assertSame(plan, plan.keep(null), "no mask: every row, the column itself");
    }
}
