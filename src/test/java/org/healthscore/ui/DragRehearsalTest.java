package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.ui.charts.ScoreHistogramChart;
import org.healthscore.ui.workbench.DragRehearsal;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The off-screen drag rehearsal the app runs while its first workspace opens: it draws real engine results on
 * its own charts, never the window's, carries on past the opening, and stops at the user's first edit or key.
 */
class DragRehearsalTest extends SampleWindowTest {
    private DragRehearsal rehearsal;

    @Start
    void start(Stage stage) {
        harness = new WorkbenchHarness(stage, dialogs, 1400, 950);
        vm = harness.vm;
        rehearsal = DragRehearsal.untilUserActs(vm, stage.getScene()); // as the app does, before opening
        harness.withSample();
    }

    private static int accountsIn(ScoreHistogramChart chart) {
        int total = 0;
        for (XYChart.Series<String, Number> s : chart.getData()) {
            total += s.getData().stream().mapToInt(d -> d.getYValue().intValue()).sum();
        }
        return total;
    }

    @Test
    void rehearsesOffScreenThroughTheOpeningAndStopsAtTheFirstDrag(FxRobot robot) throws Exception {
        RecomputeResult opened = harness.settled();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rehearsal.shown() >= 20);
        assertFalse(rehearsal.isStopped(), "opening the workspace (its starter model) is not a user's edit");
        assertEquals(2_000, opened.evaluation().accounts(), "the sample's accounts");
        int windowAccounts = opened.evaluation().scored();
        int rehearsed = WaitForAsyncUtils.asyncFx(() -> accountsIn(rehearsal.overview().histogram())).get();
        assertEquals(20_000, rehearsed, "the rehearsal's histogram holds its generated accounts");
        ScoreHistogramChart shown = robot.lookup("#score-histogram").queryAs(ScoreHistogramChart.class);
        assertEquals(windowAccounts, WaitForAsyncUtils.asyncFx(() -> accountsIn(shown)).get(),
                "the window's histogram shows the workspace, untouched by the rehearsal");

        robot.drag(robot.lookup("#weight-slider-usage .thumb").queryAs(javafx.scene.Node.class), MouseButton.PRIMARY)
                .moveBy(40, 0).drop();
        harness.settled();
        assertTrue(rehearsal.isStopped(), "the user's first drag ends the rehearsal");
        int after = rehearsal.shown();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(after, rehearsal.shown(), "nothing more is rehearsed once stopped");
    }

    @Test
    void aKeyPressEndsTheRehearsal(FxRobot robot) throws Exception {
        harness.settled();
        assertFalse(rehearsal.isStopped());
        robot.push(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rehearsal.isStopped(), "a key pressed in the window is the user acting");
    }
}
