package org.healthscore.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** What a user sees on a chart's value axis while a slider moves the bars. */
@ExtendWith(ApplicationExtension.class)
class StickyAxisTest {
    @Test
    void theRangeHoldsWhileTheTallestBarMovesWithinItAndGrowsWhenItIsOutgrown() {
        NumberAxis axis = new NumberAxis();
        StickyAxis.fit(axis, 183);
        assertFalse(axis.isAutoRanging());
        assertEquals(0, axis.getLowerBound());
        assertEquals(250, axis.getUpperBound(), "a round number above 183 + 10 %");
        assertEquals(50, axis.getTickUnit());
        StickyAxis.fit(axis, 201);
        StickyAxis.fit(axis, 120);
        assertEquals(250, axis.getUpperBound(), "bars moving within 40–100 % of the range leave the axis alone");
        StickyAxis.fit(axis, 260);
        assertEquals(300, axis.getUpperBound(), "outgrown: a new round range");
        StickyAxis.fit(axis, 30);
        assertEquals(40, axis.getUpperBound(), "far below: the range shrinks so the bars stay readable");
    }

    @Test
    void aPercentageAxisNeverGoesAbove100() {
        NumberAxis axis = new NumberAxis(0, 125, 25); // as an auto-range might have left it
        StickyAxis.fitPercent(axis, 57);
        assertEquals(80, axis.getUpperBound());
        StickyAxis.fitPercent(axis, 97);
        assertEquals(100, axis.getUpperBound(), "107 % of headroom is capped at 100 %");
    }
}
