package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.healthscore.ui.common.ScrollWhenShort;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A short window scrolls the Overview rather than squash its charts, and stops scrolling when it grows again. */
class OverviewFitTest extends SampleWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        openSample(stage);
    }

    @Test
    void aShortWindowScrollsTheOverviewInsteadOfSquashingTheCharts(FxRobot robot) throws Exception {
        harness.settled();
        ScrollWhenShort holder = robot.lookup(n -> n instanceof ScrollWhenShort).query();
        assertFalse(holder.isScrolling(), "at 1400 × 950 everything fits");

        robot.interact(() -> stage.setHeight(560));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(holder.isScrolling(), "560 px high: the Overview scrolls");
        double chart = robot.lookup("#score-histogram").queryAs(Region.class).getHeight();
        assertTrue(chart >= 160, "the histogram keeps a readable height: " + chart);

        robot.interact(() -> stage.setHeight(950));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(holder.isScrolling(), "tall again: no scrolling");
    }
}
