package org.healthscore.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * The real main window on a test stage, with its own executors and a throw-away recent-files list (so tests
 * never touch the user's data folder). {@link #stop()} closes the workspace and the executors.
 */
final class WorkbenchHarness {
    final WorkbenchViewModel vm;
    private final ExecutorService io = FxExecutors.single("test-io");
    private final ExecutorService worker = FxExecutors.single("test-recompute");

    WorkbenchHarness(Stage stage, FileDialogs dialogs, double width, double height) {
        try {
            vm = new WorkbenchViewModel(io, worker, Platform::runLater,
                    new RecentWorkspaces(Files.createTempDirectory("recent").resolve("recent.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scene scene = new Scene(new MainWindow(stage, vm, dialogs), width, height);
        scene.getStylesheets().add(App.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Opens a fresh copy of the sample workspace. */
    WorkbenchHarness withSample() {
        vm.open(SampleFixture.freshCopy(), p -> p);
        return this;
    }

    void stop() {
        vm.close();
        io.shutdown();
        worker.shutdown();
    }
}
