package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drift in the window: the headline says when the latest data has shifted (a metric of the six-metric model does
 * on the sample), a click on that line opens the Drift tab, whose figures are the engine's for the dates and the
 * segment chosen there.
 */
class DriftTabTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void theHeadlineSaysWhatShiftedAndTheDriftTabShowsTheEnginesFigures(FxRobot robot) throws Exception {
        harness.settled();
        Hyperlink line = robot.lookup("#drift-line").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.drift().task().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(line.isVisible(), "the four-metric model: nothing that weighs 10 % has shifted");

        var bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var six = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream()
                        : java.util.stream.Stream.of(i))
                .filter(i -> "menu-template-six".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(six::fire); // Model → New model from template → Six-metric
        HealthModel sixMetric = harness.settled().model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, line::isVisible);
        var loaded = vm.session().workspace().workspaceProperty().get();
        int latest = loaded.observationSpan()[1];
        DriftCheck expected = DriftCheck.run(loaded.dataset(), sixMetric, latest - 180, latest, null, Cancel.NEVER);
        assertEquals(java.util.List.of("Engaged contacts"), expected.shifted(), "by the engine");
        assertTrue(line.getText().startsWith("Drift: Engaged contacts shifted between "
                + LocalDate.ofEpochDay(latest - 180) + " and " + LocalDate.ofEpochDay(latest)), line.getText());

        robot.clickOn(line);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Drift", ((TabPane) robot.lookup("#workbench-tabs").query()).getSelectionModel().getSelectedItem()
                .getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.drift().shownProperty().get() != null
                && !vm.drift().task().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int asOf = (int) loaded.asOfDate().toEpochDay();
        DriftCheck tab = DriftCheck.run(loaded.dataset(), sixMetric, asOf - 180, asOf, null, Cancel.NEVER);
        TableView<?> table = robot.lookup("#drift-table").query();
        assertEquals(1 + sixMetric.metrics().size(), table.getItems().size(), "the score and each metric");
        assertEquals(tab.score().value(), vm.drift().shownProperty().get().score().value(), 1e-12);
        String summary = robot.lookup("#drift-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains(String.format(java.util.Locale.ROOT, "the score's PSI is %.3f", tab.score().value())),
                summary);

        // another reference date, typed in the date field
        robot.clickOn("#drift-from .text-field").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(LocalDate.ofEpochDay(asOf - 400).format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.drift().shownProperty().get() != null
                && vm.drift().shownProperty().get().fromDay() == asOf - 400 && !vm.drift().task().runningProperty().get());
        DriftCheck far = DriftCheck.run(loaded.dataset(), sixMetric, asOf - 400, asOf, null, Cancel.NEVER);
        assertEquals(far.score().value(), vm.drift().shownProperty().get().score().value(), 1e-12);

        // one segment
        javafx.scene.control.ChoiceBox<String> segment = robot.lookup("#drift-segment").query();
        assertEquals(java.util.List.of("All accounts", "SMB", "Mid-Market", "Enterprise"), segment.getItems());
        robot.interact(() -> segment.setValue("Enterprise"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.drift().shownProperty().get() != null
                && "Enterprise".equals(vm.drift().shownProperty().get().segment())
                && !vm.drift().task().runningProperty().get());
        DriftCheck enterprise = DriftCheck.run(loaded.dataset(), sixMetric, asOf - 400, asOf, "Enterprise", Cancel.NEVER);
        assertEquals(enterprise.toAccounts(), vm.drift().shownProperty().get().toAccounts());
        assertEquals(enterprise.score().value(), vm.drift().shownProperty().get().score().value(), 1e-12);
    }
}
