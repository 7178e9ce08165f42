package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.healthscore.data.DataCoverage;
import org.healthscore.store.CsvImporter;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.ImportListener;
import org.healthscore.store.Workspace;
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
 * A workspace with one snapshot per account (no dates, no history, no ARR): each view says what data it needs
 * instead of NaN or empty charts. Switching workspaces leaves nothing of the previous one on screen; a
 * workspace opened read-only says so and changes no byte.
 */
@ExtendWith(ApplicationExtension.class)
class DataNeedsAndSwitchingTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    WorkbenchHarness harness;
    final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        harness = new WorkbenchHarness(stage, dialogs, 1400, 900);
        vm = harness.vm;
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    /** A survey snapshot: row numbers as ids, churned / renewed, one metric the starter model reads. */
    private Path snapshotWorkspace() throws Exception {
        Path csv = dir.resolve("survey.csv");
        StringBuilder sb = new StringBuilder("plan,onboarding_steps,outcome\n");
        for (int i = 0; i < 40; i++) {
            sb.append(i % 2 == 0 ? "Pro" : "Team").append(',').append(i % 9).append(',')
                    .append(i % 3 == 0 ? "churned" : "renewed").append('\n');
        }
        Files.writeString(csv, sb.toString());
        Path ws = dir.resolve("survey.hsw");
        try (Workspace w = Workspace.create(ws)) {
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(csv, "survey").withRowNumberId(true)), 0,
                    ImportListener.NONE, () -> false).committed());
        }
        return ws;
    }

    private void select(FxRobot robot, int tab) {
        robot.interact(() -> robot.lookup("#workbench-tabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachViewSaysWhatDataItNeeds(FxRobot robot) throws Exception {
        Path ws = snapshotWorkspace();
        robot.interact(() -> vm.session().workspace().open(ws, p -> p));
        harness.settled();
        // the starter could take only one of its four metrics here: the model is this workspace's, and says so
        assertEquals("survey model", vm.session().design().modelProperty().get().name());
        assertEquals("survey model", robot.lookup("#model-name").queryAs(Label.class).getText());
        assertTrue(vm.session().design().modelProperty().get().description().contains("no columns for Usage (active users per licensed "
                + "seat), NPS (latest response), CSM pulse (1–10)"), vm.session().design().modelProperty().get().description());
        DataCoverage coverage = vm.session().workspace().workspaceProperty().get().coverage();
        assertEquals(new DataCoverage(true, false, false, false), coverage);
        String green = robot.lookup("#detail-band-green").queryAs(Label.class).getText();
        assertTrue(green.endsWith("no ARR column"), green);
        TableView<?> bands = robot.lookup("#band-table").queryTableView();
        assertEquals(List.of("Band", "From score", "Accounts", "Share", "With outcome", "Churned", "Churn rate"),
                bands.getVisibleLeafColumns().stream().map(c -> c.getText()).toList(), "no $0k ARR columns");

        select(robot, 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> coverage.backtestNeeds()
                .equals(robot.lookup("#backtest-summary").queryAs(Label.class).getText()));
        assertTrue(coverage.backtestNeeds().contains("the date of each outcome"), coverage.backtestNeeds());
        assertFalse(robot.lookup("#backtest-chart").query().isVisible(), "no empty chart beside the reason");

        select(robot, 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> coverage.alertsNeeds().equals(((Label) robot
                .lookup("#alerts-table").queryTableView().getPlaceholder()).getText()));
        assertTrue(robot.lookup("#alerts-table").queryTableView().getItems().isEmpty());

        select(robot, 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> coverage.signalsNeeds()
                .equals(robot.lookup("#signals-note").queryAs(Label.class).getText()));
    }

    @Test
    void switchingWorkspaceLeavesNothingOfThePreviousOneOnScreen(FxRobot robot) throws Exception {
        robot.interact(() -> harness.withSample());
        harness.settled();
        select(robot, 1);
        TableView<?> table = robot.lookup("#accounts-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        Label title = robot.lookup("#account-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !title.getText().equals("Select an account"));
        String sampleAccount = title.getText();

        Path survey = snapshotWorkspace();
        robot.interact(() -> vm.session().workspace().open(survey, p -> p));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null
                && vm.session().workspace().workspaceProperty().get().workspace().name().equals("survey"));
        harness.settled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Select an account", title.getText(), "not " + sampleAccount);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
    }

    @Test
    void aWorkspaceOpenedReadOnlySaysSoRefusesImportsAndChangesNoByte(FxRobot robot) throws Exception {
        Path ws = snapshotWorkspace();
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ws));
        dialogs.answer(ws);
        robot.clickOn("File").clickOn("Open read-only…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null);
        harness.settled();
        assertEquals("survey (read-only) — Health Score Workbench", vm.session().status().titleProperty().get());
        assertTrue(vm.session().status().statusProperty().get().startsWith("survey (read-only: versions and imports need a workspace you "
                + "can write to)"), vm.session().status().statusProperty().get());
        MenuItem importCsv = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-import-csv".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(importCsv.isDisable(), "no import into a read-only workspace");
        robot.interact(() -> vm.close());
        assertArrayEquals(before, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ws)));
    }
}
