package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A backtest shows progress and can be cancelled from its tab. The tabs' worker here holds each task until the
 * test runs it, so the running state is on screen for as long as the test needs, with no timing involved.
 */
@ExtendWith(ApplicationExtension.class)
class TabProgressTest {
    private final LinkedBlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
    private WorkbenchHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WorkbenchHarness(stage, new FakeDialogs(), 1400, 900, held::add).withSample();
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    private void runHeld() throws Exception {
        Runnable r;
        while ((r = held.poll(0, TimeUnit.SECONDS)) != null) {
            r.run(); // off the FX thread, as the tab worker would
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBacktestTabShowsProgressAndCancelStopsItThenEnterRunsItAgain(FxRobot robot) throws Exception {
        harness.settled();
        robot.clickOn("Backtest");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !held.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ProgressBar progress = robot.lookup("#backtest-progress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#backtest-cancel").queryAs(Button.class);
        assertTrue(WorkbenchHarness.onScreen(progress) && WorkbenchHarness.onScreen(cancel), "progress and Cancel while the backtest runs");
        assertTrue(progress.isIndeterminate(), "no lead time done yet");
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(WorkbenchHarness.onScreen(progress) || WorkbenchHarness.onScreen(cancel), "Cancel takes the progress away at once");
        Label summary = robot.lookup("#backtest-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Backtest cancelled"), summary.getText());
        runHeld(); // the cancelled work finds it was cancelled: nothing of it is drawn
        BarChart<?, ?> chart = robot.lookup("#backtest-chart").queryAs(BarChart.class);
        assertEquals(0, chart.getData().size());

        robot.clickOn("#backtest-lead").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WorkbenchHarness.onScreen(progress));
        runHeld();
        assertFalse(WorkbenchHarness.onScreen(progress));
        assertEquals(3, chart.getData().size(), "churners, churned ARR and accounts in the two lowest bands");
        assertEquals(4, chart.getData().get(0).getData().size(), "30, 60, 90 and 180 days");
        String figures = robot.lookup("#backtest-lead-figures").queryAs(Label.class).getText();
        assertTrue(figures.startsWith("AUC 0."), figures);
    }
}
