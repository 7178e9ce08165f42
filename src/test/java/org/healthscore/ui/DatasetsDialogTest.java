package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.healthscore.store.DatasetInfo;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Datasets…: removing a dataset updates the workspace and the model that read it. */
@ExtendWith(ApplicationExtension.class)
class DatasetsDialogTest {
    WorkbenchViewModel vm;
    final ExecutorService io = FxExecutors.single("test-io");
    final ExecutorService worker = FxExecutors.single("test-recompute");

    @Start
    void start(Stage stage) throws Exception {
        vm = new WorkbenchViewModel(io, worker, Platform::runLater,
                new RecentWorkspaces(Files.createTempDirectory("recent").resolve("recent.txt")));
        stage.setScene(new Scene(new MainWindow(stage, vm, new FakeDialogs()), 1200, 800));
        stage.show();
        vm.open(SampleFixture.freshCopy(), p -> p);
    }

    @AfterEach
    void stop() {
        vm.close();
        io.shutdown();
        worker.shutdown();
    }

    @Test
    void removingTheNpsDatasetDropsTheNpsMetric(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        assertEquals(4, vm.modelProperty().get().metrics().size());
        robot.clickOn("File").clickOn("Datasets…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#datasets").tryQuery().isPresent()
                && robot.lookup("#datasets").queryTableView().getItems().size() == 6);
        @SuppressWarnings("unchecked")
        TableView<DatasetInfo> table = robot.lookup("#datasets").queryTableView();
        int nps = 0;
        while (!table.getItems().get(nps).name().equals("nps_responses")) {
            nps++;
        }
        int row = nps;
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#remove-dataset");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5
                && vm.resultProperty().get() != null && vm.modelProperty().get().metrics().size() == 3);
        assertTrue(vm.modelProperty().get().metric("nps").isEmpty(), "the NPS metric has no column any more");
        assertTrue(!vm.workspaceProperty().get().dataset().hasColumn("nps_score"));
    }
}
