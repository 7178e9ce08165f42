package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The headline tiles stay where they are while a weight is dragged (a facilitator watching the figures must not
 * see them jump between rows as deltas appear and texts change), and no tile's text is cut.
 */
@ExtendWith(ApplicationExtension.class)
class HeadlineTilesTest {
    private WorkbenchHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WorkbenchHarness(stage, new FakeDialogs(), 1440, 900).withSample();
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    /** Every tile's place and size in the figures' pane. */
    private static List<String> tiles(FxRobot robot) {
        List<String> out = new ArrayList<>();
        for (Node tile : robot.lookup(".figure-tile").queryAll()) {
            Bounds b = tile.getBoundsInParent();
            out.add(String.format(java.util.Locale.ROOT, "%.0f,%.0f %.0f×%.0f", b.getMinX(), b.getMinY(), b.getWidth(),
                    b.getHeight()));
        }
        return out;
    }

    @Test
    void tilesKeepTheirPlacesThroughADragAndTheirTextsFit(FxRobot robot) throws Exception {
        harness.settled();
        List<String> before = tiles(robot);
        assertEquals(8, before.size(), "four figures and four bands");
        String aucBefore = robot.lookup("#figure-auc").queryAs(Label.class).getText();
        Node thumb = robot.lookup("#weight-slider-usage .thumb").query();
        var drag = robot.drag(thumb, MouseButton.PRIMARY);
        List<List<String>> during = new ArrayList<>();
        for (int step = 0; step < 8; step++) {
            drag.moveBy(12, 0);
            WaitForAsyncUtils.waitForFxEvents();
            during.add(tiles(robot));
        }
        drag.drop();
        harness.settled();
        during.add(tiles(robot));
        assertNotEquals(aucBefore, robot.lookup("#figure-auc").queryAs(Label.class).getText(), "the drag changed the AUC");
        assertTrue(robot.lookup("#delta-auc").queryAs(Label.class).isVisible(), "deltas appeared");
        for (List<String> frame : during) {
            assertEquals(before, frame, "no tile moved or changed size during the drag");
        }
        for (Node tile : robot.lookup(".figure-tile").queryAll()) {
            for (Node n : tile.lookupAll(".label")) {
                Label l = (Label) n;
                if (l.isVisible() && !l.getText().isEmpty()) {
                    assertTrue(l.getWidth() + 0.5 >= l.prefWidth(-1), "cut: '" + l.getText() + "' " + l.getWidth()
                            + " < " + l.prefWidth(-1));
                }
            }
        }
    }
}
