package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a workspace opens, the window says so in its middle, with the reading's progress; the notice goes once the
 * first scores are on screen, or when the opening fails. The workspace thread is held at a gate so the "opening"
 * state can be looked at for as long as the test needs.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningOverlayTest {
    @TempDir
    Path dir;
    private final ExecutorService io = FxExecutors.single("test-io");
    private final ExecutorService worker = FxExecutors.single("test-recompute");
    private final CountDownLatch gate = new CountDownLatch(1);
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new WorkbenchViewModel(io, worker, org.healthscore.ui.common.FxExecutors.single("tab-work"), Platform::runLater,
                new RecentWorkspaces(Files.createTempDirectory("recent").resolve("recent.txt")));
        stage.setScene(AppLook.apply(new Scene(new MainWindow(stage, vm, new FakeDialogs()), 1200, 800)));
        stage.show();
    }

    @AfterEach
    void stop() {
        gate.countDown();
        vm.close();
        io.shutdown();
        worker.shutdown();
    }

    private void holdTheWorkspaceThread() {
        io.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void theWindowSaysItIsOpeningUntilTheFirstScoresAreShown(FxRobot robot) throws Exception {
        Node overlay = robot.lookup("#opening-overlay").query();
        assertFalse(overlay.isVisible(), "nothing is opening yet");
        holdTheWorkspaceThread();
        Path sample = SampleFixture.freshCopy();
        robot.interact(() -> vm.session().workspace().open(sample, p -> p));
        assertTrue(overlay.isVisible());
        assertEquals("Opening " + sample.getFileName() + "…", WorkbenchHarness.label(robot, "#opening-status"));

        gate.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().design().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible(), "the scores are on screen");
        assertTrue(robot.lookup("#score-histogram").query().isVisible());
    }

    @Test
    void aFailedOpeningTakesTheNoticeAwayAndSaysWhy(FxRobot robot) throws Exception {
        Path notAWorkspace = Files.writeString(dir.resolve("notes.hsw"), "these are my notes, not a workspace");
        holdTheWorkspaceThread();
        robot.interact(() -> vm.session().workspace().open(notAWorkspace, p -> p));
        assertTrue(robot.lookup("#opening-overlay").query().isVisible());

        gate.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().status().errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#opening-overlay").query().isVisible());
        assertTrue(vm.session().status().errorProperty().get().contains("notes.hsw"), vm.session().status().errorProperty().get());
    }
}
