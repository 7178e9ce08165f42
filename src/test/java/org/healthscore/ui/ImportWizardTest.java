package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.healthscore.store.Catalog;
import org.healthscore.store.ColumnRole;
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

/** A new workspace, then File → Import CSV files… through the real wizard controls. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    WorkbenchHarness harness;
    final FakeDialogs dialogs = new FakeDialogs();
    Path wsFile;

    @Start
    void start(Stage stage) throws Exception {
        harness = new WorkbenchHarness(stage, dialogs, 1200, 800);
        vm = harness.vm;
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    private void newWorkspace(FxRobot robot) throws Exception {
        wsFile = dir.resolve("acme.hsw");
        dialogs.answer(dir.resolve("acme"));
        robot.clickOn("File").clickOn("New workspace…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path accountsAndUsage() throws Exception {
        Path accounts = dir.resolve("accounts.csv");
        Files.writeString(accounts, "account_id,segment,arr,licensed_seats,outcome\nA1,SMB,1000,10,churned\n"
                + "A2,SMB,2000,20,renewed\nA3,Enterprise,90000,300,renewed\n");
        return accounts;
    }

    private Path usageWithOneBadRow() throws Exception {
        StringBuilder sb = new StringBuilder("account_id;month;active_users\n");
        for (int m = 1; m <= 9; m++) {
            sb.append("A1;2026-0").append(m).append("-01;").append(m).append('\n');
            sb.append("A2;2026-0").append(m).append("-01;").append(10 + m).append('\n');
        }
        sb.append("A3;2026-09-01;lots\n");
        Path usage = dir.resolve("usage.csv");
        Files.writeString(usage, sb.toString());
        return usage;
    }

    @Test
    void anEmptyWorkspaceInvitesAnImportThatReportsRejectsAndKeepsTheGoodRows(FxRobot robot) throws Exception {
        newWorkspace(robot);
        assertEquals("acme — Health Score Workbench", vm.session().status().titleProperty().get());
        assertEquals("acme — Health Score Workbench", ((Stage) robot.lookup("#empty-import").query().getScene()
                .getWindow()).getTitle());
        assertTrue(robot.lookup("#empty-import").query().getParent().isVisible(), "the empty workspace invites an import");

        dialogs.answer(List.of(accountsAndUsage(), usageWithOneBadRow()));
        robot.clickOn("#empty-import");
        robot.clickOn("#add-files");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-files").queryListView().getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        // the semicolon file was detected as such: its preview has three columns
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        assertEquals(3, preview.getColumns().size());
        assertEquals("month", preview.getColumns().get(1).getText());
        assertEquals(10, preview.getItems().size() - 9, "19 data rows previewed");
        @SuppressWarnings("unchecked")
        ComboBox<ColumnRole> monthRole = robot.lookup("#role-1").queryAs(ComboBox.class);
        assertEquals(ColumnRole.AS_OF, monthRole.getValue(), "the month column is the as-of date");

        robot.clickOn("#start-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#keep-good-rows").tryQuery()
                .map(Node::isVisible).orElse(false));
        TableView<?> rejects = robot.lookup("#rejects").queryTableView();
        assertEquals(1, rejects.getItems().size());
        assertTrue(robot.lookup("#import-message").queryAs(Label.class).getText().contains("1 rows cannot be taken"));

        Path report = dir.resolve("rejected.csv");
        dialogs.answer(report);
        robot.clickOn("#save-report");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(report));
        assertEquals(List.of("file,line,column,value,reason", "usage.csv,20,active_users,lots,not a whole number"),
                Files.readAllLines(report));

        robot.clickOn("#keep-good-rows");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#close-import").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#close-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null
                && vm.session().workspace().workspaceProperty().get().dataset().accounts().size() == 3 && vm.session().design().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#empty-import").query().getParent().isVisible(), "the workbench shows the data now");
        assertEquals("3", robot.lookup("#figure-accounts").queryAs(Label.class).getText());
    }

    @Test
    void abortingGoesBackToTheMappingWithEveryChoiceKeptAndNothingImported(FxRobot robot) throws Exception {
        newWorkspace(robot);
        dialogs.answer(List.of(accountsAndUsage(), usageWithOneBadRow()));
        robot.clickOn("File").clickOn("Import CSV files…");
        robot.clickOn("#add-files");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-files").queryListView().getItems().size() == 2);
        robot.clickOn("Columns and roles");
        @SuppressWarnings("unchecked")
        ComboBox<ColumnRole> users = robot.lookup("#role-2").queryAs(ComboBox.class);
        robot.interact(() -> users.setValue(ColumnRole.NOTE)); // a choice the abort must keep
        robot.clickOn("#start-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#abort-import").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#abort-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-import").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#import-message").queryAs(Label.class).getText().startsWith("Import aborted; nothing "
                + "was changed."));
        assertEquals(2, robot.lookup("#import-files").queryListView().getItems().size(), "the files are still there");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ColumnRole> again = robot.lookup("#role-2").queryAs(ComboBox.class);
        assertEquals(ColumnRole.NOTE, again.getValue(), "and so is the role chosen before the import");
        try (Workspace ws = Workspace.openReadOnly(wsFile)) {
            assertTrue(new Catalog(ws).datasets().isEmpty(), "nothing was imported");
        }
        // fix the mapping (the bad column as text) and import again: no rejects now
        @SuppressWarnings("unchecked")
        ComboBox<org.healthscore.store.ColumnType> type = robot.lookup("#type-2").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(org.healthscore.store.ColumnType.TEXT));
        robot.clickOn("#start-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#close-import").tryQuery()
                .map(Node::isVisible).orElse(false) && vm.session().workspace().workspaceProperty().get() != null);
        assertTrue(robot.lookup("#import-message").queryAs(Label.class).getText().startsWith("22 rows imported"),
                robot.lookup("#import-message").queryAs(Label.class).getText());
        robot.clickOn("#close-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null
                && vm.session().workspace().workspaceProperty().get().dataset().accounts().size() == 3);
    }
}
