package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.healthscore.data.AccountTable;
import org.healthscore.data.Outcome;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.OutcomeMeaning;
import org.healthscore.testing.RealShapedExports;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard driven through its controls on real-shaped exports. */
@ExtendWith(ApplicationExtension.class)
class ImportRealFilesWizardTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    WorkbenchHarness harness;
    final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        harness = new WorkbenchHarness(stage, dialogs, 1200, 800);
        vm = harness.vm;
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    private void openWizardWith(FxRobot robot, Path file) throws Exception {
        dialogs.answer(dir.resolve("w"));
        robot.clickOn("File").clickOn("New workspace…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null);
        dialogs.answer(List.of(file));
        robot.clickOn("File").clickOn("Import CSV files…");
        robot.clickOn("#add-files");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-files").queryListView().getItems().size() == 1);
        robot.clickOn("Columns and roles");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void importAndClose(FxRobot robot, int accounts) throws Exception {
        robot.clickOn("#start-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#close-import").tryQuery()
                .map(Node::isVisible).orElse(false) && robot.lookup("#import-message").queryAs(Label.class).getText()
                .contains("imported"));
        robot.clickOn("#close-import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get() != null
                && vm.session().workspace().workspaceProperty().get().dataset().accounts().size() == accounts);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void aFileWithoutAnIdColumnIsOfferedRowNumbersAndImportsWithThem(FxRobot robot) throws Exception {
        Path f = dir.resolve("survey.csv");
        var expected = RealShapedExports.withoutIdColumn(f, 60, 9);
        openWizardWith(robot, f);
        CheckBox rowNumbers = robot.lookup("#row-number-id").queryAs(CheckBox.class);
        assertTrue(rowNumbers.isSelected(), "no id column: row numbers are offered, ticked");
        assertTrue(robot.lookup("#import-message").queryAs(Label.class).getText().startsWith("Ready to import"));
        robot.clickOn("#row-number-id"); // untick: the wizard says what is missing
        assertEquals("survey.csv: choose the account id column, or use the row number as the id",
                robot.lookup("#import-message").queryAs(Label.class).getText());
        robot.clickOn("#row-number-id");
        importAndClose(robot, expected.rows());
        AccountTable a = vm.session().workspace().workspaceProperty().get().dataset().accounts();
        assertEquals("1", a.ids()[0]);
        assertEquals(expected.churned(), java.util.stream.IntStream.range(0, a.size())
                .filter(i -> a.outcome()[i] == Outcome.CHURNED).count());
    }

    @Test
    void anRExportShowsItsOutcomeValuesWithMeaningsAndWarnsOfARepeatingId(FxRobot robot) throws Exception {
        Path f = dir.resolve("telco.csv");
        var expected = RealShapedExports.rWriteCsv(f, 300, 5);
        openWizardWith(robot, f);
        // columns: "" (row names), customerID, gender, tenure, MonthlyCharges, TotalCharges, Contract, Churn
        assertEquals(ColumnRole.OUTCOME, combo(robot, "#role-7").getValue());
        assertEquals(ColumnRole.ACCOUNT_ID, combo(robot, "#role-1").getValue());
        assertEquals("No", robot.lookup("#outcome-value-name-0").queryAs(Label.class).getText());
        assertEquals(OutcomeMeaning.RETAINED, combo(robot, "#outcome-value-0").getValue());
        assertEquals(OutcomeMeaning.CHURNED, combo(robot, "#outcome-value-1").getValue());
        assertFalse(robot.lookup("#columns-warning").query().isVisible());

        robot.interact(() -> combo(robot, "#role-3").setValue(ColumnRole.ACCOUNT_ID)); // tenure as the id
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup("#columns-warning").queryAs(Label.class);
        assertEquals(ColumnRole.ATTRIBUTE, combo(robot, "#role-1").getValue(), "one id at a time");
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().startsWith("⚠ The account id column 'tenure' repeats: in the first 300 rows"),
                warning.getText());
        robot.interact(() -> combo(robot, "#role-1").setValue(ColumnRole.ACCOUNT_ID)); // back to customerID
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ColumnRole.ATTRIBUTE, combo(robot, "#role-3").getValue());
        robot.interact(() -> combo(robot, "#role-3").setValue(ColumnRole.METRIC));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#columns-warning").query().isVisible());
        importAndClose(robot, expected.rows());
    }

    @Test
    void anOutcomeValueWithNoMeaningIsShownAndImportsOnceTheUserGivesItOne(FxRobot robot) throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "account_id,status,arr\nA1,good,1\nA2,bad,2\nA3,on hold,3\nA4,on hold,4\n");
        openWizardWith(robot, f);
        Label warning = robot.lookup("#columns-warning").queryAs(Label.class);
        assertEquals("⚠ 2 of the rows read have an outcome value with no meaning; give each value below a meaning, "
                + "or those rows will be rejected.", warning.getText());
        assertEquals("on hold", robot.lookup("#outcome-value-name-2").queryAs(Label.class).getText());
        assertEquals(null, combo(robot, "#outcome-value-2").getValue());
        robot.clickOn("#outcome-value-2").clickOn("not known yet");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#columns-warning").query().isVisible());
        // the choices saved as a mapping file give the same import headless
        Path mapping = dir.resolve("mapping.json");
        dialogs.answer(mapping);
        robot.clickOn("#save-mapping");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(mapping));
        var headless = org.healthscore.io.csv.ImportMapping.read(mapping).specFor(f);
        assertEquals(OutcomeMeaning.UNKNOWN, headless.outcomeMeaning("on hold").orElseThrow());
        assertEquals(ColumnRole.OUTCOME, headless.withRole(ColumnRole.OUTCOME).orElseThrow().role());
        assertEquals("status", headless.withRole(ColumnRole.OUTCOME).orElseThrow().name());
        importAndClose(robot, 4);
        byte[] o = vm.session().workspace().workspaceProperty().get().dataset().accounts().outcome();
        assertEquals(List.of(Outcome.RETAINED, Outcome.CHURNED, Outcome.UNKNOWN, Outcome.UNKNOWN),
                List.of(o[0], o[1], o[2], o[3]));
    }

    @Test
    void rejectedRowsFillTheReviewWithACountPerReason(FxRobot robot) throws Exception {
        Path f = dir.resolve("usage.csv");
        StringBuilder sb = new StringBuilder("account_id,arr,outcome\n");
        for (int i = 1; i <= 30; i++) {
            sb.append("A").append(i).append(',').append(i % 10 == 0 ? "lots" : Integer.toString(i)).append(",renewed\n");
        }
        sb.append("A1,5,renewed\n");
        Files.writeString(f, sb.toString());
        openWizardWith(robot, f);
        robot.clickOn("#start-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#keep-good-rows").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> rejects = robot.lookup("#rejects").queryTableView();
        assertEquals(4, rejects.getItems().size());
        assertTrue(rejects.getHeight() > 200, "the table has room for its rows: " + rejects.getHeight());
        assertTrue(robot.lookup(".table-row-cell").queryAll().stream().anyMatch(n -> n.isVisible()
                && n instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null), "rows are drawn");
        assertEquals("3 rows: not a whole number\n1 row: duplicate account id",
                robot.lookup("#reject-reasons").queryAs(Label.class).getText());
        robot.clickOn("#abort-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-import").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#close-import");
    }
}
