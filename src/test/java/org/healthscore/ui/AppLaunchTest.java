package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.store.AppPaths;
import org.healthscore.ui.charts.ScoreHistogramChart;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.WorkspaceOpening;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a fresh data folder: it must build the sample workspace and show scores. */
class AppLaunchTest {
    @TempDir
    static Path home;
    static Stage stage;
    static javafx.application.Application app;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !histogram().getData().isEmpty() && stage.getTitle().startsWith("sample"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(AppPaths.HOME_PROPERTY);
    }

    static ScoreHistogramChart histogram() {
        return (ScoreHistogramChart) new FxRobot().lookup("#score-histogram").query();
    }

    @Test
    void theWindowShowsTheSampleWorkspaceScoredByTheFourMetricStarter() {
        assertEquals("sample — Health Score Workbench", stage.getTitle());
        assertTrue(AppPaths.sampleWorkspace().toFile().isFile(), "sample workspace created in the data folder");
        assertEquals("20 %", robot.lookup("#weight-setup").queryAs(Label.class).getText());
        assertEquals("40 %", robot.lookup("#weight-usage").queryAs(Label.class).getText());
        assertEquals("20 %", robot.lookup("#weight-nps").queryAs(Label.class).getText());
        assertEquals("20 %", robot.lookup("#weight-pulse").queryAs(Label.class).getText());
    }

    @Test
    void onAFreshDataFolderTheWindowOpensAtTheFirstStartSizeOnThePrimaryScreen() {
        javafx.geometry.Rectangle2D expected =
                WindowPlacement.firstStart(javafx.stage.Screen.getPrimary().getVisualBounds());
        assertEquals(expected.getWidth(), stage.getWidth());
        assertEquals(expected.getHeight(), stage.getHeight());
    }

    @Test
    void theHistogramShowsWhatTheEngineComputesForTheSampleWorkspace() {
        Evaluation expected;
        try (LoadedWorkspace loaded = openSampleAgainReadOnly()) {
            var scores = loaded.engineFor(loaded.initialModel()).score(loaded.initialModel(), Cancel.NEVER);
            expected = Evaluator.evaluate(scores, new EvaluationOptions(org.healthscore.ui.session.StartOptions.HISTOGRAM_BINS,
                    AccountFilter.ALL, true, 60), Cancel.NEVER);
        }
        var series = histogram().getData();
        assertEquals(3, series.size());
        int shown = 0;
        for (int b = 0; b < org.healthscore.ui.session.StartOptions.HISTOGRAM_BINS; b++) {
            int churned = value(series.get(2), b);
            assertEquals(expected.histogram().churned()[b], churned, "churned in bin " + b);
            assertEquals(expected.histogram().retained()[b], value(series.get(0), b), "retained in bin " + b);
            shown += value(series.get(0), b) + value(series.get(1), b) + churned;
        }
        assertEquals(2000, shown, "every sample account is in the histogram");
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", expected.auc()),
                robot.lookup("#figure-auc").queryAs(Label.class).getText());
        assertEquals("2,000", robot.lookup("#figure-accounts").queryAs(Label.class).getText());
        assertTrue(expected.auc() > 0.7, "the planted churn signal is visible to the starter model: " + expected.auc());
    }

    private static int value(XYChart.Series<String, Number> s, int i) {
        return s.getData().get(i).getYValue().intValue();
    }

    /** The app holds the workspace lock; the test reads a copy of the same file. */
    private static LoadedWorkspace openSampleAgainReadOnly() {
        try {
            Path copy = home.resolve("copy-" + System.nanoTime() + ".hsw");
            java.nio.file.Files.copy(AppPaths.sampleWorkspace(), copy);
            return WorkspaceOpening.open(copy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
