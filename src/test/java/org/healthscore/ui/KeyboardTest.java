package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench by keyboard: F1 lists the keys, and a focused weight slider moves with the arrow keys. */
class KeyboardTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void f1ListsEveryMenuCommandsKeyAndTheControlsKeys(FxRobot robot) throws Exception {
        harness.settled();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#keyboard-shortcuts").queryAs(GridPane.class);
        List<String> shown = new ArrayList<>();
        for (Node n : grid.getChildren()) {
            shown.add(((Label) n).getText());
        }
        List<String[]> expected = KeyboardShortcuts.fromMenus(bar);
        assertTrue(expected.size() >= 12, "the menus' keys: " + expected.size());
        for (String[] row : expected) {
            assertTrue(shown.contains(row[0]) && shown.contains(row[1]), "listed: " + row[0] + " " + row[1]);
        }
        assertTrue(shown.contains("Edit → Undo"), shown.toString());
        assertTrue(shown.contains("Move a focused weight slider"));
        robot.type(KeyCode.ENTER); // OK
    }

    @Test
    void theArrowKeysMoveAFocusedWeightAndUndoTakesItBack(FxRobot robot) throws Exception {
        HealthModel before = harness.settled().model();
        robot.interact(() -> robot.lookup("#weight-slider-usage").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        HealthModel after = harness.settled().model();
        double share = 100 * after.metric("usage").orElseThrow().weight() / after.totalWeight();
        assertTrue(share > 40, "usage's share rose from 40 %: " + share);
        assertEquals(String.format(java.util.Locale.ROOT, "%.0f %%", share),
                WorkbenchHarness.label(robot, "#weight-usage"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before, harness.settled().model(), "one key press, one undo step");
    }
}
