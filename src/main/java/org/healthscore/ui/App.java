package org.healthscore.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.healthscore.store.AppPaths;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;
import org.healthscore.store.WindowMemory;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.DragRehearsal;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * The desktop application. With no arguments it opens the sample workspace (created in the user's data folder
 * on first start); with a path it opens that workspace. {@code --smoke} exits 0 once the first scores are shown.
 */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private final ExecutorService background = FxExecutors.single("workspace-io");
    private final ExecutorService recompute = FxExecutors.single("recompute");
    private WorkbenchViewModel viewModel;
    private static volatile java.util.concurrent.CompletableFuture<Void> closing =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    @Override
    public void start(Stage stage) {
        viewModel = new WorkbenchViewModel(background, recompute, FxExecutors.single("tab-work"), Platform::runLater,
                org.healthscore.store.RecentWorkspaces.inDataDir());
        Scene scene = AppLook.apply(new Scene(new MainWindow(stage, viewModel, new FxFileDialogs(stage))));
        stage.setScene(scene);
        WindowPlacement.apply(stage, WindowMemory.inDataDir());
        stage.getIcons().add(new javafx.scene.image.Image(App.class.getResourceAsStream("app-icon.png")));
        stage.show();

        viewModel.session().status().errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                showError(stage, message);
            }
        });
        List<String> args = getParameters().getRaw();
        if (args.contains("--smoke")) {
            SmokeCheck.watch(stage, viewModel);
        }
        Path file = args.stream().filter(a -> a.endsWith(".hsw")).findFirst().map(Path::of)
                .orElse(AppPaths.sampleWorkspace());
        // while the workspace opens, the JIT compiles what a drag runs, off screen, not during the first drag
        DragRehearsal.untilUserActs(viewModel, scene);
        viewModel.session().workspace().open(file, p -> p.equals(AppPaths.sampleWorkspace())
                ? SampleWorkspace.ensure(p, ImportListener.NONE) : p);
    }

    private static void showError(Stage owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText("Something went wrong");
        alert.show();
    }

    @Override
    public void stop() {
        // the FX thread does not wait for the workspace to close: the launcher's main thread does (awaitClosed)
        if (viewModel != null) {
            closing = viewModel.close();
        }
        background.shutdown(); // the close queued on it still runs
        recompute.shutdownNow();
    }

    /**
     * Waits (on the launching thread, after the window is gone) until the workspace is closed, so that its lock is
     * released before the process exits; gives up after {@code seconds}.
     */
    public static void awaitClosed(int seconds) {
        try {
            closing.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.WARNING, "workspace not closed cleanly", e);
        }
    }
}
