package org.healthscore.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.HealthModel;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a test stage, with its own executors and a throw-away recent-files list (so tests
 * never touch the user's data folder). {@link #stop()} closes the workspace and the executors.
 */
final class WorkbenchHarness {
    final WorkbenchViewModel vm;
    private final ExecutorService io = FxExecutors.single("test-io");
    private final ExecutorService worker = FxExecutors.single("test-recompute");

    WorkbenchHarness(Stage stage, FileDialogs dialogs, double width, double height) {
        this(stage, dialogs, width, height, null);
    }

    /** As above, the Backtest, Alerts and What-dropped-first tabs computing on {@code tabWorker} (null: their own). */
    WorkbenchHarness(Stage stage, FileDialogs dialogs, double width, double height, java.util.concurrent.Executor tabWorker) {
        try {
            var recent = new RecentWorkspaces(Files.createTempDirectory("recent").resolve("recent.txt"));
            vm = tabWorker == null ? new WorkbenchViewModel(io, worker, org.healthscore.ui.common.FxExecutors.single("tab-work"), Platform::runLater, recent)
                    : new WorkbenchViewModel(io, worker, tabWorker, Platform::runLater, recent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scene scene = AppLook.apply(new Scene(new MainWindow(stage, vm, dialogs), width, height));
        stage.setScene(scene);
        // TestFX hands every test the same stage: a size an earlier test set (presentation mode at 1920 × 1080)
        // would stay and change this test's layout, so the stage takes this test's size
        stage.setFullScreen(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
    }

    /** On screen: the node in a scene, it and every parent visible. */
    static boolean onScreen(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Opens a fresh copy of the sample workspace. */
    WorkbenchHarness withSample() {
        vm.session().workspace().open(SampleFixture.freshCopy(), p -> p);
        return this;
    }

    /** Waits until the shown result is the exact one for the current model. */
    RecomputeResult settled() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            RecomputeResult r = vm.session().design().resultProperty().get();
            return r != null && r.model().equals(vm.session().design().modelProperty().get()) && r.options().exact();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return vm.session().design().resultProperty().get();
    }

    /** What the engine computes for this model and view, independently of the window. */
    Evaluation engine(HealthModel model) {
        var loaded = vm.session().workspace().workspaceProperty().get();
        var scores = loaded.engineFor(model).score(model, Cancel.NEVER);
        return Evaluator.evaluate(scores, vm.session().design().resultProperty().get().options(), Cancel.NEVER);
    }

    static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void stop() {
        vm.close();
        io.shutdown();
        worker.shutdown();
    }
}
