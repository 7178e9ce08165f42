package org.healthscore.ui;

import static org.healthscore.ui.WorkbenchHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Normalization;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The metric editor's source and category controls, through the real window. */
class MetricEditorTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }
    private static final Normalization MAPPED = new Normalization.Categorical(Map.of("Admin", 0.0, "Champion", 10.0,
            "End user", 5.0, "Executive", 5.0));

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private Metric metric(String key) {
        return vm.modelProperty().get().metric(key).orElseThrow();
    }

    @Test
    void aRatioMetricBecomesATrendAndBackToAColumnWithTheFiguresFollowing(FxRobot robot) throws Exception {
        RecomputeResult ratio = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ratio of two columns", combo(robot, "#source-kind").getValue());
        assertEquals("licensed_seats", combo(robot, "#source-denominator").getValue());

        robot.interact(() -> combo(robot, "#source-kind").setValue("Change over days (trend)"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("usage").source() instanceof MetricSource.Trend);
        RecomputeResult trend = harness.settled();
        assertEquals(new MetricSource.Trend("active_users", 90), metric("usage").source());
        assertEquals(harness.engine(trend.model()).bandRows(), trend.evaluation().bandRows(),
                "the charts show the engine's figures for the trend");
        assertNotEquals(ratio.evaluation().auc(), trend.evaluation().auc());

        var days = robot.lookup("#trend-days").queryAs(javafx.scene.control.Spinner.class);
        robot.doubleClickOn(days.getEditor()).eraseText(3).write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("usage").source()
                .equals(new MetricSource.Trend("active_users", 30)));

        robot.interact(() -> combo(robot, "#source-kind").setValue("Column"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("usage").source()
                .equals(new MetricSource.Column("active_users")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ratio.model(), harness.settled().model(), "three undos restore the ratio");
    }

    @Test
    void theValueAtWhichPointsReachZeroIsOfferedForInterpolatedThresholdsAlone(FxRobot robot) throws Exception {
        harness.settled();
        robot.clickOn("#edit-metric-setup");
        WaitForAsyncUtils.waitForFxEvents();
        var atRisk = robot.lookup("#norm-at-risk").queryAs(javafx.scene.control.TextField.class);
        assertTrue(!atRisk.isVisible(), "a linear normalization has no such value");

        robot.interact(() -> combo(robot, "#norm-type").setValue("Interpolated thresholds"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> metric("setup").normalization() instanceof Normalization.Thresholds);
        assertTrue(atRisk.isVisible());
        var before = (Normalization.Thresholds) metric("setup").normalization();
        assertEquals(-8.0, before.atRisk(), 1e-9, "one span below the concerning value, 0 steps of 8");

        robot.doubleClickOn(atRisk).eraseText(8).write("-2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ((Normalization.Thresholds) metric("setup").normalization()).atRisk() == -2.0);
        RecomputeResult edited = harness.settled();
        assertEquals(harness.engine(edited.model()).bandRows(), edited.evaluation().bandRows());

        robot.interact(() -> combo(robot, "#norm-type").setValue("Linear"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> metric("setup").normalization() instanceof Normalization.Linear);
        assertTrue(!atRisk.isVisible(), "hidden again for a linear normalization");
    }

    @Test
    void aCategoricalColumnGetsPointsPerCategory(FxRobot robot) throws Exception {
        harness.settled();
        robot.interact(() -> combo(robot, "#add-metric").setValue("respondent_role"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.modelProperty().get()
                .metric("respondent_role").isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#category-points-Champion").tryQuery().isPresent()
                && robot.lookup("#category-points-Champion").query().isVisible());
        assertEquals(new Normalization.Categorical(Map.of("Admin", 5.0, "Champion", 5.0, "End user", 5.0,
                        "Executive", 5.0)),
                metric("respondent_role").normalization(), "every category starts neutral");
        RecomputeResult neutral = harness.settled();

        robot.doubleClickOn("#category-points-Champion").eraseText(3).write("10");
        robot.doubleClickOn("#category-points-Admin").eraseText(3).write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("respondent_role").normalization()
                .equals(MAPPED));
        RecomputeResult mapped = harness.settled();
        assertEquals(harness.engine(mapped.model()).bandRows(), mapped.evaluation().bandRows());
        assertNotEquals(neutral.evaluation().auc(), mapped.evaluation().auc(), "the mapping changes the scores");

        robot.doubleClickOn("#category-points-Admin").eraseText(3).write("lots").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#status").contains("\u201cAdmin\u201d must be a number from 0 to 10"),
                label(robot, "#status"));
        assertEquals(MAPPED,
                metric("respondent_role").normalization(), "a bad entry changes nothing");
    }

    @Test
    void aRatioOfCategoriesIsRefusedWithAMessageAndTheEditorShowsTheSourceAsItIs(FxRobot robot) throws Exception {
        RecomputeResult before = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> combo(robot, "#metric-column").setValue("industry"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#status").contains("industry"));
        assertTrue(label(robot, "#status").contains("'industry' holds categories, not numbers, so it cannot be part "
                + "of a ratio"), label(robot, "#status"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "active_users".equals(
                combo(robot, "#metric-column").getValue()));
        assertEquals(before.model(), vm.modelProperty().get(), "nothing changed");
    }
}
