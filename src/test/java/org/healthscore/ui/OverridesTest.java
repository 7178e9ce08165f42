package org.healthscore.ui;

import static org.healthscore.ui.WorkbenchHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.healthscore.data.CsmOverride;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.Scores;
import org.healthscore.ui.accounts.AccountRow;
import org.healthscore.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A CSM overrides an account from the Accounts tab: its final band and the figures after the overrides show
 * beside the model's; removed, it is back to the model's band and listed as removed; an override made while
 * looking at an earlier date expires by itself by the latest date.
 */
class OverridesTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    /** An account with no outcome yet in the lowest band: scored as of the date on screen. */
    private static String openAccountIn(Scores s, int band) {
        var a = s.frame().accounts();
        for (int i = 0; i < s.size(); i++) {
            if (a.outcome()[i] == Outcome.UNKNOWN && s.band()[i] == band) {
                return a.ids()[i];
            }
        }
        throw new AssertionError("no open account in band " + band);
    }

    private AccountRow chooseAccount(FxRobot robot, String id) throws Exception {
        robot.clickOn("#account-search").eraseText(40).write(id);
        @SuppressWarnings("unchecked")
        TableView<AccountRow> table = robot.lookup("#accounts-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).id().equals(id));
        WaitForAsyncUtils.waitForFxEvents();
        // the row cell that shows the account (cells are recycled: the first found may be an empty one)
        robot.clickOn(robot.lookup("#accounts-table .table-row-cell").match((javafx.scene.control.TableRow<?> c)
                -> c.getItem() instanceof AccountRow a && a.id().equals(id)).<Node>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#account-title").startsWith(id));
        return table.getItems().get(0);
    }

    /** Fills the override dialog (the band it proposes, which is not the model's) and returns that band. */
    private String overrideBand(FxRobot robot, String note) {
        robot.clickOn("#override-add");
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("OK")).findFirst().orElseThrow();
        assertTrue(ok.isDisabled(), "no note yet: OK is disabled");
        assertEquals("Write a note saying why.", label(robot, "#override-problem"));
        String band = robot.lookup("#override-band").<ComboBox<String>>query().getValue();
        robot.clickOn("#override-note").write(note);
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        return band;
    }

    private OverridesTestState waitApplied(RecomputeResult r, int accounts) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var s = vm.overrides().shownProperty().get();
            return s != null && s.result() == vm.session().design().resultProperty().get()
                    && s.applied().accountsOverridden() == accounts;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new OverridesTestState(vm.overrides().shownProperty().get().after(), r);
    }

    private record OverridesTestState(Evaluation after, RecomputeResult model) {
    }

    @SuppressWarnings("unchecked")
    private static AccountRow listed(FxRobot robot) {
        return robot.lookup("#accounts-table").queryAs(TableView.class).getItems().isEmpty() ? null
                : (AccountRow) robot.lookup("#accounts-table").queryAs(TableView.class).getItems().get(0);
    }

    @Test
    void overrideAnAccountSeeBothViewsThenRemoveIt(FxRobot robot) throws Exception {
        RecomputeResult r = harness.settled();
        Scores s = r.scores();
        int red = s.bands().size() - 1;
        String id = openAccountIn(s, red);
        TabPane tabs = robot.lookup("#workbench-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        chooseAccount(robot, id);
        String band = overrideBand(robot, "Exec sponsor re-engaged in the QBR");
        assertEquals(s.bands().get(0).name(), band, "the dialog proposes the best band the account is not in");
        OverridesTestState state = waitApplied(r, 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(robot) != null
                && listed(robot).finalBand().equals(band));
        AccountRow row = listed(robot);
        assertEquals(s.bands().get(red).name(), row.band(), "the model's band is still shown");
        assertEquals("Exec sponsor re-engaged in the QBR", row.override());
        assertTrue(label(robot, "#account-summary").contains("model " + row.band() + " \u2192 " + band + " by a CSM"),
                label(robot, "#account-summary"));
        ListView<CsmOverride> history = robot.lookup("#override-history").queryListView();
        assertEquals(1, history.getItems().size());
        String latest = vm.session().workspace().workspaceProperty().get().asOfDate().toString();
        assertEquals(latest, CsmOverride.date(history.getItems().get(0).startsOn()), "from the date on screen");
        assertEquals(LocalDate.parse(latest).plusDays(90).toString(), CsmOverride.date(history.getItems().get(0).until()));

        // both views: one account left the lowest band for the top one, by hand from the model's own counts
        Evaluation model = r.evaluation();
        double greenAfter = (model.bandRows().get(0).accounts() + 1) / (double) model.scored();
        double redAfter = (model.bandRows().get(red).accounts() - 1) / (double) model.scored();
        assertEquals(greenAfter, state.after().bandRows().get(0).share(), 1e-12);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink line = robot.lookup("#overrides-line").queryAs(Hyperlink.class);
        assertTrue(line.isVisible());
        String text = line.getText();
        assertTrue(text.startsWith("CSM overrides hold on 1 account, 1 in another band."), text);
        assertTrue(text.contains(band + " " + Formats.percent(greenAfter) + " ("
                + Formats.percent(model.bandRows().get(0).share()) + ")"), text);
        assertTrue(text.contains(row.band() + " " + Formats.percent(redAfter) + " ("
                + Formats.percent(model.bandRows().get(red).share()) + ")"), text);
        // in presentation mode (F11) one short line a room can read, back in full after
        robot.type(javafx.scene.input.KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("CSM overrides on 1 account \u00b7 AUC after " + Formats.ratio(state.after().auc())
                + " \u00b7 green but churned after " + Formats.count(state.after().greenButChurned().length),
                line.getText());
        robot.type(javafx.scene.input.KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, line.getText());
        // the line lists the overridden accounts
        robot.clickOn(line);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(robot) != null && listed(robot).id().equals(id)
                && robot.lookup("#accounts-table").queryTableView().getItems().size() == 1);
        assertEquals("Overridden by a CSM", robot.lookup("#account-band").<ComboBox<String>>query().getValue());

        // removed: the model's band again, and the history says so
        chooseAccount(robot, id);
        robot.clickOn(robot.lookup("#override-history .list-cell").nth(0).<Node>query());
        robot.clickOn("#override-remove");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.overrides().allProperty().get().size() == 1
                && vm.overrides().allProperty().get().get(0).removed());
        waitApplied(r, 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> history.getItems().size() == 1
                && history.getItems().get(0).removed());
        assertTrue(robot.lookup("#override-history .list-cell").<javafx.scene.control.ListCell<?>>query().getText()
                .startsWith("REMOVED \u00b7 band " + band), "listed as removed");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 account has CSM overrides, none of which holds on the day each is scored (expired, removed "
                + "or not yet begun): the figures are the model's.",
                robot.lookup("#overrides-line").queryAs(Hyperlink.class).getText(), "nothing holds any more");
    }

    @Test
    void anOverrideMadeLookingAtAnEarlierDateHasExpiredByTheLatest(FxRobot robot) throws Exception {
        harness.settled();
        LocalDate latest = vm.session().workspace().workspaceProperty().get().asOfDate();
        LocalDate earlier = latest.minusDays(120);
        javafx.scene.control.Slider day = robot.lookup("#as-of-slider").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> day.setValue(earlier.toEpochDay()));
        RecomputeResult then = settledAt(earlier);
        String id = openAccountIn(then.scores(), then.scores().bands().size() - 1);
        TabPane tabs = robot.lookup("#workbench-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        AccountRow before = chooseAccount(robot, id);
        String band = overrideBand(robot, "Renewal signed early");
        waitApplied(then, 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(robot).finalBand().equals(band));
        CsmOverride o = vm.overrides().allProperty().get().get(0);
        assertEquals(earlier.toEpochDay(), o.startsOn());
        assertEquals(earlier.plusDays(90).toEpochDay(), o.until(), "90 days, which end before the latest date");
        assertNotEquals(before.band(), band);

        robot.interact(() -> day.setValue(latest.toEpochDay()));
        RecomputeResult now = settledAt(latest);
        waitApplied(now, 0);
        AccountRow after = chooseAccount(robot, id);
        assertEquals(after.band(), after.finalBand(), "expired: the model's band");
        assertEquals("", after.override());
        assertTrue(robot.lookup("#override-history .list-cell").<javafx.scene.control.ListCell<?>>query().getText()
                .startsWith("EXPIRED \u00b7 band " + band + " \u00b7 expired " + earlier.plusDays(90)));
    }

    /**
     * File → Import CSM overrides… on a spreadsheet's file (Windows-1252, semicolons, decimal commas, M/d/yyyy):
     * a file with one unknown account is refused whole with its line named; the corrected one is taken whole.
     */
    @Test
    void importASpreadsheetsOverridesAllOrNothing(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        RecomputeResult r = harness.settled();
        var a = r.scores().frame().accounts();
        java.util.List<String> open = new java.util.ArrayList<>();
        for (int i = 0; i < a.size() && open.size() < 6; i++) {
            if (a.outcome()[i] == Outcome.UNKNOWN) {
                open.add(a.ids()[i]);
            }
        }
        LocalDate until = vm.session().workspace().workspaceProperty().get().asOfDate().plusDays(30);
        java.nio.file.Path bad = dir.resolve("overrides-bad.csv");
        java.util.List<String> withTypo = new java.util.ArrayList<>(open);
        withTypo.set(4, "ACC-99999");
        org.healthscore.testing.OverrideFiles.spreadsheetFor(bad, withTypo, "Green", "usage", until);
        dialogs.answer(bad);
        robot.clickOn(robot.lookup(".menu-bar").lookup("File").<Node>query()).clickOn("Import CSM overrides…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#status").startsWith("CSM overrides not"));
        assertEquals("CSM overrides not imported: 1 row cannot be read, nothing imported: overrides-bad.csv line 6: "
                + "no account 'ACC-99999' in the workspace", label(robot, "#status"));
        assertTrue(vm.overrides().allProperty().get().isEmpty());

        java.nio.file.Path good = dir.resolve("overrides.csv");
        org.healthscore.testing.OverrideFiles.spreadsheetFor(good, open, "Green", "usage", until);
        dialogs.answer(good);
        robot.clickOn(robot.lookup(".menu-bar").lookup("File").<Node>query()).clickOn("Import CSM overrides…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.overrides().allProperty().get().size() == 6);
        assertEquals("Imported 6 CSM overrides from overrides.csv", label(robot, "#status"));
        var stored = vm.overrides().allProperty().get();
        assertEquals(new CsmOverride.PointsChange("usage", 2.5), stored.get(2).change(), "2,5: a decimal comma");
        assertEquals("R\u00e9union annul\u00e9e 0", stored.get(0).note());
        assertEquals(until.toEpochDay(), stored.get(0).until());
        waitApplied(r, 6);
    }

    private RecomputeResult settledAt(LocalDate date) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            var w = vm.session().workspace().workspaceProperty().get();
            var r = vm.session().design().resultProperty().get();
            return w.asOfDate().equals(date) && r != null && r.options().exact() && r.scores().frame() == w.frame();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return vm.session().design().resultProperty().get();
    }
}
