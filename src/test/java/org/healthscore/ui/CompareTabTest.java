package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.io.model.Scenarios;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A CS leader saves the model as a scenario, changes the model, and compares: the figures of both, DeLong's
 * verdict, the migration matrix and a cell's accounts equal the engine's on the same accounts; an account opens
 * from the list; the comparison follows a weight drag; the scenario survives reopening and can be renamed.
 */
class CompareTabTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    private Scores scores(HealthModel m) {
        var loaded = vm.session().workspace().workspaceProperty().get();
        return new org.healthscore.engine.ScoringEngine(loaded.frameAssembler().assemble(m.metrics(), loaded.asOf()))
                .score(m, Cancel.NEVER);
    }

    private void waitForCompare(HealthModel a) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var s = vm.compare().shownProperty().get();
            return s != null && s.a().equals(a) && !vm.compare().task().runningProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveAScenarioCompareItOpenACellsAccountAndFollowADrag(FxRobot robot) throws Exception {
        HealthModel saved = harness.settled().model();
        robot.clickOn(robot.lookup(".menu-bar").lookup("Model").<Node>query()).clickOn("Save as scenario…");
        robot.lookup("#save-scenario-dialog .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn("#save-scenario-dialog .text-field").press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("Before the usage push").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.compare().scenarios().scenarios().size() == 1);
        assertEquals("Before the usage push", vm.compare().scenarios().scenarios().get(0).name());

        // the model on screen moves on: usage at 70 %
        robot.interact(() -> vm.weights().setShare("usage", 70));
        HealthModel a = harness.settled().model();
        assertNotEquals(saved.metrics(), a.metrics());
        robot.interact(() -> ((TabPane) robot.lookup("#workbench-tabs").query()).getSelectionModel().select(5));
        waitForCompare(a);

        Comparison expected = Comparison.of(scores(a), scores(saved.withName("Before the usage push")),
                new org.healthscore.engine.EvaluationOptions(20, org.healthscore.engine.AccountFilter.ALL, true, 60),
                Cancel.NEVER);
        assertEquals(String.format(Locale.ROOT, "%.3f", expected.a().auc()), label(robot, "#compare-a-0"));
        assertEquals(String.format(Locale.ROOT, "%.3f", expected.b().auc()), label(robot, "#compare-b-0"));
        assertEquals(String.format(Locale.ROOT, "%+.3f", expected.b().auc() - expected.a().auc()),
                label(robot, "#compare-change-0"));
        String verdict = label(robot, "#compare-verdict");
        assertTrue(verdict.contains(String.format(Locale.ROOT, "%+.3f (95 %% confidence interval %+.3f to %+.3f",
                expected.test().difference(), expected.test().low(), expected.test().high())), verdict);

        // the largest move, selected at once: each metric's contribution under A and B, as the engine splits it
        var top = expected.movers().get(0);
        for (int j = 0; j < a.metrics().size(); j++) {
            assertEquals(shown(top.contributionsA()[j]), label(robot, "#contribution-a-" + j),
                    a.metrics().get(j).key() + " under A");
            assertEquals(shown(top.contributionsB()[j]), label(robot, "#contribution-b-" + j),
                    a.metrics().get(j).key() + " under B");
        }

        // a cell of the matrix: its count, and its accounts listed, as the engine puts them there
        int from = 1;
        int to = 0;
        long inCell = expected.migration().accounts()[from][to];
        assertTrue(inCell > 0, "usage at 70 % moves some Yellow accounts of the scenario's to Green: " + inCell);
        javafx.scene.control.Button cell = robot.lookup("#matrix-" + from + "-" + to).queryButton();
        assertTrue(cell.getText().startsWith(String.format(Locale.ROOT, "%,d\n", inCell)), cell.getText());
        robot.clickOn(cell);
        ListView<String> accounts = robot.lookup("#compare-cell-accounts").queryListView();
        assertEquals(inCell, accounts.getItems().size());
        List<String> byHand = new ArrayList<>();
        Scores sa = scores(a);
        Scores sb = scores(saved);
        for (int i = 0; i < sa.size(); i++) {
            if (Double.isFinite(sa.score()[i]) && Double.isFinite(sb.score()[i]) && sa.band()[i] == from
                    && sb.band()[i] == to) {
                byHand.add(sa.frame().accounts().ids()[i]);
            }
        }
        assertEquals(byHand.stream().sorted().toList(), accounts.getItems().stream().sorted().toList());
        String first = accounts.getItems().get(0);
        robot.doubleClickOn(robot.lookup("#compare-cell-accounts .list-cell").nth(0).<Node>query(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Accounts", ((TabPane) robot.lookup("#workbench-tabs").query()).getSelectionModel()
                .getSelectedItem().getText(), "the account opens in the Accounts tab");
        assertEquals(first, vm.session().accountToShowProperty().get());

        // during a drag A's figures follow each frame (the Overview's preview); the rest when it settles
        robot.interact(() -> ((TabPane) robot.lookup("#workbench-tabs").query()).getSelectionModel().select(5));
        waitForCompare(a);
        HealthModel dragged = a.withMetrics(org.healthscore.model.WeightShares.setShare(a.metrics(), "usage", 45,
                java.util.Set.of()));
        robot.interact(() -> vm.session().design().liveEdit(dragged, true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var r = vm.session().design().resultProperty().get();
            return r != null && !r.settled() && r.model().equals(dragged);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var preview = vm.session().design().resultProperty().get().evaluation();
        assertEquals(org.healthscore.ui.common.Formats.ratio(preview.auc()), label(robot, "#compare-a-0"),
                "A's AUC follows the drag");
        robot.interact(() -> vm.session().design().liveEdit(dragged, false));
        waitForCompare(harness.settled().model());

        // the comparison follows the model on screen
        robot.interact(() -> vm.weights().setShare("usage", 20));
        HealthModel edited = harness.settled().model();
        waitForCompare(edited);
        double aucNow = vm.session().design().resultProperty().get().evaluation().auc();
        assertEquals(String.format(Locale.ROOT, "%.3f", aucNow), label(robot, "#compare-a-0"),
                "A is the model on screen, after the edit");
    }

    @Test
    void scenariosSurviveReopeningAndAreRenamedAndDeletedFromTheirDialog(FxRobot robot) throws Exception {
        harness.settled();
        var commands = vm.compare().scenarios();
        commands.saveCurrent("Baseline").get(10, TimeUnit.SECONDS);
        var file = vm.session().workspace().workspaceProperty().get().workspace().file();
        try (var ws = org.healthscore.store.Workspace.openReadOnly(file)) {
            assertEquals(List.of("Baseline"), new Scenarios(ws).list().stream().map(Scenarios.Scenario::name).toList(),
                    "in the workspace file");
        }
        robot.clickOn(robot.lookup(".menu-bar").lookup("Model").<Node>query()).clickOn("Scenarios…");
        robot.clickOn(robot.lookup("#scenarios-list .list-cell").nth(0).<Node>query());
        robot.clickOn("#scenario-rename");
        robot.clickOn("#rename-scenario-dialog .text-field").press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("Q3 baseline").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> vm.compare().scenarios().scenarios().get(0).name().equals("Q3 baseline"));
        robot.clickOn(robot.lookup("#scenarios-list .list-cell").nth(0).<Node>query());
        robot.clickOn("#scenario-delete");
        robot.clickOn(robot.lookup("#delete-scenario-dialog .button").match(n ->
                n instanceof javafx.scene.control.Button b && b.isDefaultButton()).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.compare().scenarios().scenarios().isEmpty());
        assertTrue(vm.compare().summaryProperty().get().startsWith("Save the model as a scenario"),
                "with no scenario the Compare tab says how to make one");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Close".equals(b.getText())).<Node>query());
    }

    /** F9 (View → Switch …) shows scenario B in the whole window, and F9 again model A, as it was. */
    @Test
    void f9SwitchesTheWholeWindowBetweenTheModelAndTheScenario(FxRobot robot) throws Exception {
        HealthModel before = harness.settled().model();
        HealthModel b = org.healthscore.model.StarterTemplates.sixMetric();
        vm.compare().scenarios().save("Six metrics", b).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.compare().chosenProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F9).release(KeyCode.F9);
        var shownB = harness.settled();
        assertEquals(b.withName("Six metrics").metrics(), shownB.model().metrics(), "the window shows B");
        assertEquals(harness.engine(shownB.model()).auc(), shownB.evaluation().auc(), 1e-12);
        assertEquals("Six metrics", ((Label) robot.lookup("#model-name").query()).getText(), "its name leads the window");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertEquals(before, harness.settled().model(), "and A again");
    }

    /** Suggest weights' "Save as scenario…" saves the suggested weights, and leaves the model on screen as it was. */
    @Test
    void suggestedWeightsAreSavedAsAScenarioWithoutChangingTheModelOnScreen(FxRobot robot) throws Exception {
        var r = harness.settled();
        robot.clickOn(robot.lookup(".menu-bar").lookup("Model").<Node>query()).clickOn("Suggest weights…");
        // visible as TestFX clicks: shown, and inside the dialog once it has grown to show the buttons
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#suggest-save-scenario")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#suggest-save-scenario");
        robot.clickOn("#save-scenario-dialog .text-field").press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("Fitted weights").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.compare().scenarios().scenarios().size() == 1);
        HealthModel saved = vm.compare().scenarios().load(vm.compare().scenarios().scenarios().get(0))
                .get(10, TimeUnit.SECONDS);
        var expected = org.healthscore.engine.calibration.WeightSuggestion.fit(r.scores(), 5, Cancel.NEVER,
                org.healthscore.engine.calibration.WeightCalibrator.Progress.NONE).applyTo(r.model(), java.util.Set.of());
        assertEquals(expected.withName("Fitted weights").metrics(), saved.metrics(), "the suggested weights");
        assertEquals(r.model(), vm.session().design().modelProperty().get(), "the model on screen did not change");
        robot.clickOn("#suggest-reject");
    }

    /** A contribution as the tab writes it: one decimal, or a dash for a metric left out. */
    private static String shown(double contribution) {
        return Double.isFinite(contribution) ? String.format(Locale.ROOT, "%.1f", contribution) : "—";
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
