package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.chart.Chart;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator enlarges one chart for the room (double-click) and returns to the Overview (Esc). */
@ExtendWith(ApplicationExtension.class)
class EnlargedChartTest {
    private WorkbenchHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WorkbenchHarness(stage, new FakeDialogs(), 1440, 900).withSample();
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    @Test
    void aDoubleClickEnlargesAChartToTheTabAndEscReturns(FxRobot robot) throws Exception {
        harness.settled();
        Chart roc = robot.lookup("#roc-chart").queryAs(Chart.class);
        double width = roc.getWidth();
        double height = roc.getHeight();
        robot.doubleClickOn(roc, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(roc.getWidth() > 1.8 * width && roc.getHeight() > 1.8 * height,
                "the chart takes the tab: " + roc.getWidth() + "×" + roc.getHeight() + " from " + width + "×" + height);
        for (String other : new String[] {"#score-histogram", "#band-churn", "#decile-chart", "#figure-auc", "#band-table"}) {
            assertFalse(WorkbenchHarness.onScreen(robot.lookup(other).query()), other + " out of the way");
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, roc.getWidth(), 1.0);
        assertEquals(height, roc.getHeight(), 1.0);
        for (String chart : new String[] {"#score-histogram", "#band-churn", "#decile-chart", "#roc-chart", "#figure-auc"}) {
            assertTrue(WorkbenchHarness.onScreen(robot.lookup(chart).query()), chart + " back");
        }
        // from the keyboard: Ctrl+2 (View → Enlarge the churn per band) and again to return
        Chart bands = robot.lookup("#band-churn").queryAs(Chart.class);
        double bandsWidth = bands.getWidth();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bands.getWidth() > 1.8 * bandsWidth, "Ctrl+2 enlarges the second chart");
        assertFalse(WorkbenchHarness.onScreen(robot.lookup("#roc-chart").query()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bandsWidth, bands.getWidth(), 1.0);
        assertTrue(WorkbenchHarness.onScreen(robot.lookup("#roc-chart").query()), "and again returns it");
    }
}
