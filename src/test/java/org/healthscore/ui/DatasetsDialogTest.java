package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.healthscore.store.DatasetInfo;
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
    WorkbenchHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new WorkbenchHarness(stage, new FakeDialogs(), 1200, 800).withSample();
        vm = harness.vm;
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    @Test
    void removingTheNpsDatasetDropsTheNpsMetric(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().design().resultProperty().get() != null);
        assertEquals(4, vm.session().design().modelProperty().get().metrics().size());
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
                && vm.session().design().resultProperty().get() != null && vm.session().design().modelProperty().get().metrics().size() == 3);
        assertTrue(vm.session().design().modelProperty().get().metric("nps").isEmpty(), "the NPS metric has no column any more");
        assertTrue(!vm.session().workspace().workspaceProperty().get().dataset().hasColumn("nps_score"));
    }
}
