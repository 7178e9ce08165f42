package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.WorkspaceOpening;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A model lives in memory until it is saved as a version in the workspace: the title marks unsaved edits, the
 * window asks before they would be lost, and a workspace opens again with the version saved in it last.
 */
class UnsavedModelTest extends SampleWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        openSample(stage);
    }

    private HealthModel dragUsageUp(FxRobot robot) throws Exception {
        Node thumb = robot.lookup("#weight-slider-usage .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).drop();
        harness.settled();
        return vm.session().design().modelProperty().get();
    }

    private void quit(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTitleMarksUnsavedEditsAndQuittingAsksFirst(FxRobot robot) throws Exception {
        harness.settled();
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        HealthModel edited = dragUsageUp(robot);
        assertTrue(stage.getTitle().startsWith("* "), "unsaved edits marked: " + stage.getTitle());

        quit(robot);
        assertTrue(robot.lookup("#unsaved-changes").tryQuery().isPresent(), "asked before losing the edits");
        robot.clickOn("#unsaved-cancel");
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        assertEquals(edited, vm.session().design().modelProperty().get(), "and the edits");

        quit(robot);
        robot.clickOn("#unsaved-discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    @Test
    void aVersionOpenedFromTheWorkspaceHasNoUnsavedChangesAndUndoGoesBack(FxRobot robot) throws Exception {
        HealthModel starter = harness.settled().model();
        HealthModel edited = dragUsageUp(robot);
        var figures = harness.settled().evaluation();
        var saved = vm.files().saveModelVersion("Usage heavy").get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getTitle().startsWith("*"), "saved: " + stage.getTitle());
        assertEquals(edited.withName("Usage heavy"), harness.settled().model(), "the model takes the version's name");
        assertSame(figures, vm.session().design().resultProperty().get().evaluation(), "a new name is not scored again");
        assertEquals("Usage heavy", WorkbenchHarness.label(robot, "#model-name"));
        robot.interact(() -> vm.session().design().setModel(starter));
        assertTrue(stage.getTitle().startsWith("* "), "the starter was never saved here");

        vm.files().openModelVersion(saved.id()).get(10, TimeUnit.SECONDS);
        harness.settled();
        assertEquals(edited.withName("Usage heavy"), vm.session().design().modelProperty().get());
        assertFalse(stage.getTitle().startsWith("*"), "a version just opened is saved: " + stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(starter, harness.settled().model(), "opening a version is one undo step");
    }

    @Test
    void savingAVersionOnTheWayOutKeepsTheWorkAndTheWorkspaceReopensWithIt(FxRobot robot) throws Exception {
        harness.settled();
        Path file = vm.session().workspace().workspaceProperty().get().workspace().file();
        HealthModel edited = dragUsageUp(robot);

        quit(robot);
        robot.clickOn("#unsaved-save");
        assertTrue(robot.lookup("#save-version-dialog").tryQuery().isPresent(), "asks the version's name");
        robot.doubleClickOn("#save-version-dialog .text-field").press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("Q3 tuning").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertFalse(vm.session().design().dirtyProperty().get(), "saved before the window closed");

        vm.close().get(10, java.util.concurrent.TimeUnit.SECONDS); // as the app waits on exit: the lock goes
        try (LoadedWorkspace reopened = WorkspaceOpening.open(file)) {
            assertEquals(edited.withName("Q3 tuning"), reopened.initialModel(),
                    "the workspace opens with the version saved last, not the starter");
        }
    }
}
