package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.healthscore.ui.common.ScrollWhenShort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode (F11) on a projector's screen: the headline cards in one row, every chart on screen, no text
 * cut, the score axis's labels level and apart, type larger than in the window; and back (F11) as it was.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private static final String[] CHARTS = {"#score-histogram", "#band-churn", "#decile-chart", "#roc-chart"};
    private WorkbenchHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new WorkbenchHarness(stage, new FakeDialogs(), 1200, 800).withSample();
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 720", "1440, 900", "1920, 1080"})
    void onAProjectorEverythingFitsAndReadsLarger(int width, int height, FxRobot robot) throws Exception {
        harness.settled();
        double titleBefore = robot.lookup("#model-name").queryAs(Label.class).getFont().getSize();
        double valueBefore = robot.lookup("#figure-auc").queryAs(Label.class).getFont().getSize();

        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = stage.getScene().getWidth();
        double sceneHeight = stage.getScene().getHeight();
        assertEquals(width, sceneWidth, 40, "the window took the projector's width");
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("presentation"), "still presenting");

        List<Node> tiles = List.copyOf(robot.lookup(".figure-tile").queryAll());
        assertEquals(8, tiles.size());
        double row = tiles.get(0).localToScene(tiles.get(0).getLayoutBounds()).getMinY();
        for (Node tile : tiles) {
            Bounds b = tile.localToScene(tile.getLayoutBounds());
            assertEquals(row, b.getMinY(), 0.5, "every headline card in one row");
            assertTrue(b.getMaxX() <= sceneWidth + 0.5, "card within the screen: " + b);
        }
        for (String id : CHARTS) {
            Node chart = robot.lookup(id).query();
            Bounds b = chart.localToScene(chart.getLayoutBounds());
            assertTrue(WorkbenchHarness.onScreen(chart), id + " shown");
            assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= sceneWidth + 0.5
                    && b.getMaxY() <= sceneHeight + 0.5, id + " on the screen: " + b);
            assertTrue(b.getHeight() >= 150, id + " a readable height: " + b.getHeight());
        }
        assertFalse(robot.lookup(n -> n instanceof ScrollWhenShort).queryAs(ScrollWhenShort.class).isScrolling(),
                "no scrolling to reach a chart");

        List<String> cut = new ArrayList<>();
        cutTexts(stage.getScene().getRoot(), cut);
        assertEquals(List.of(), cut, "no text cut");

        List<Bounds> ticks = scoreTickLabels(robot);
        assertTrue(ticks.size() >= 5, "the score axis is labelled: " + ticks.size());
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i).getMinX() >= ticks.get(i - 1).getMaxX() + 2,
                    "score labels apart, not run together: " + ticks.get(i - 1) + " / " + ticks.get(i));
            assertTrue(ticks.get(i).getHeight() < ticks.get(i).getWidth() * 2, "level, not on their side");
        }

        double title = robot.lookup("#model-name").queryAs(Label.class).getFont().getSize();
        assertTrue(title > titleBefore && title > 18, "the model's name larger than in the window: " + title);
        double value = robot.lookup("#figure-auc").queryAs(Label.class).getFont().getSize();
        assertTrue(value > valueBefore, "headline values larger than in the window: " + value + " vs " + valueBefore);

        // a drag: the Δ lines appear and every text changes, and no card moves or changes size
        List<String> before = tileBounds(tiles);
        Node thumb = robot.lookup("#weight-slider-usage .thumb").query();
        var drag = robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY);
        for (int step = 0; step < 6; step++) {
            drag.moveBy(10, 0);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(before, tileBounds(tiles), "the cards hold still during the drag");
        }
        drag.drop();
        harness.settled();
        assertTrue(robot.lookup("#delta-auc").queryAs(Label.class).isVisible(), "the drag changed the AUC");
        assertEquals(before, tileBounds(tiles), "and after it");
        List<String> cutAfter = new ArrayList<>();
        cutTexts(stage.getScene().getRoot(), cutAfter);
        assertEquals(List.of(), cutAfter, "no text cut with the changes shown");

        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("presentation"));
        assertEquals(valueBefore, robot.lookup("#figure-auc").queryAs(Label.class).getFont().getSize(), 0.01);
        assertTrue(WorkbenchHarness.onScreen(robot.lookup("#band-table").query()), "the band table back");
        Node overview = robot.lookup(n -> n instanceof org.healthscore.ui.overview.OverviewPane).query();
        Node figures = robot.lookup(".headline-figures").query();
        assertTrue(isInside(figures, overview), "the headline back in the Overview");
    }

    private static List<String> tileBounds(List<Node> tiles) {
        List<String> out = new ArrayList<>();
        for (Node t : tiles) {
            Bounds b = t.localToScene(t.getLayoutBounds());
            out.add(String.format(java.util.Locale.ROOT, "%.0f,%.0f %.0f×%.0f", b.getMinX(), b.getMinY(), b.getWidth(),
                    b.getHeight()));
        }
        return out;
    }

    /** Visible texts shown shorter than they are (an ellipsis) or taller than their label. */
    private static void cutTexts(Parent parent, List<String> cut) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && child.isVisible() && "LabeledText".equals(child.getClass().getSimpleName())) {
                        boolean shorter = !t.getText().equals(l.getText());
                        boolean taller = t.getLayoutBounds().getHeight() > l.getHeight() + 1;
                        if (shorter || taller) {
                            cut.add("'" + l.getText().replace('\n', '/') + "' shown as '"
                                    + t.getText().replace('\n', '/') + "'");
                        }
                    }
                }
            }
            if (n instanceof Parent p) {
                cutTexts(p, cut);
            }
        }
    }

    /** The score axis's visible tick labels, left to right, in scene coordinates. */
    private static List<Bounds> scoreTickLabels(FxRobot robot) {
        javafx.scene.chart.Chart histogram = robot.lookup("#score-histogram").queryAs(javafx.scene.chart.Chart.class);
        javafx.scene.chart.Axis<?> axis = ((javafx.scene.chart.XYChart<?, ?>) histogram).getXAxis();
        List<Bounds> out = new ArrayList<>();
        for (Node n : axis.getChildrenUnmodifiable()) {
            if (n instanceof Text t && t.isVisible() && !t.getText().isBlank()) {
                out.add(t.localToScene(t.getBoundsInLocal()));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Bounds::getMinX));
        return out;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
