package org.healthscore.ui;

import static org.healthscore.ui.WorkbenchHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.RecomputeResult;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Time, validation and calibration through the real window: as-of date, lead time, backtest, alerts, suggestions. */
class TimeAndValidationTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void suggestWeightsPreviewsOnTheChartsAndRejectUndoesIt(FxRobot robot) throws Exception {
        RecomputeResult original = harness.settled();
        double[] current = original.model().metrics().stream().mapToDouble(m -> m.weight()).toArray();
        var expected = org.healthscore.engine.calibration.WeightCalibrator.calibrate(original.scores().points(),
                original.scores().frame().accounts().outcome(), current, 5, Cancel.NEVER,
                org.healthscore.engine.calibration.WeightCalibrator.Progress.NONE);
        var bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var suggest = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-suggest-weights".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(suggest::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#suggested-usage").tryQuery().isPresent());
        int usage = original.model().indexOf("usage");
        assertEquals(String.format(Locale.ROOT, "%.1f %%", expected.suggestedPercent()[usage]),
                label(robot, "#suggested-usage"));
        assertTrue(label(robot, "#suggest-status").contains(String.format(Locale.ROOT, "%.3f cross-validated",
                expected.suggestedCvAuc())));
        // the current weights are judged as the Overview scores them: the same AUC as its headline figure
        // (to 1e-5: the engine sums in its own order, so a few near-ties fall the other way)
        assertEquals(original.evaluation().auc(), expected.currentAuc(), 1e-5);
        assertTrue(label(robot, "#suggest-status").contains(String.format(Locale.ROOT, "current weights: %.3f in-sample",
                original.evaluation().auc())), label(robot, "#suggest-status"));
        // a floor per metric: every suggested share at least 10 %, and what it costs said
        @SuppressWarnings("unchecked")
        var floor = (javafx.scene.control.Spinner<Integer>) robot.lookup("#suggest-floor").query();
        robot.interact(() -> floor.getValueFactory().setValue(10));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#suggest-status")
                .contains("without the floor and pull: they cost"));
        var floored = org.healthscore.engine.calibration.WeightCalibrator.calibrate(original.scores().points(),
                original.scores().frame().accounts().outcome(), current, 5,
                new org.healthscore.engine.calibration.WeightCalibrator.Regularization(10, 0), Cancel.NEVER,
                org.healthscore.engine.calibration.WeightCalibrator.Progress.NONE);
        for (var m : original.model().metrics()) {
            double share = floored.suggestedPercent()[original.model().indexOf(m.key())];
            assertTrue(share >= 10 - 1e-9, m.key() + " " + share);
            assertEquals(String.format(Locale.ROOT, "%.1f %%", share), label(robot, "#suggested-" + m.key()));
        }
        assertEquals(100, java.util.Arrays.stream(floored.suggestedPercent()).sum(), 1e-9);
        assertEquals(expected.suggestedCvAuc(), floored.freeCvAuc(), 1e-12, "the unfloored fit, for the cost");
        robot.interact(() -> floor.getValueFactory().setValue(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !label(robot, "#suggest-status")
                .contains("without the floor and pull"));
        robot.clickOn("#suggest-preview");
        RecomputeResult previewed = harness.settled();
        assertEquals(Math.round(expected.suggestedPercent()[usage] * 10) / 10.0,
                previewed.model().metric("usage").orElseThrow().weight(), 1e-9);
        robot.clickOn("#suggest-reject");
        RecomputeResult back = harness.settled();
        assertEquals(original.model(), back.model());
        assertEquals(original.evaluation().auc(), back.evaluation().auc(), 0.0);
    }

    @Test
    void theBacktestTabComparesLeadTimes(FxRobot robot) throws Exception {
        RecomputeResult r = harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#backtest-summary").contains("180 days"));
        var expected = org.healthscore.engine.Backtest.run(vm.session().workspace().workspaceProperty().get().dataset(), r.model(),
                new int[] {30, 60, 90, 180}, Cancel.NEVER);
        @SuppressWarnings("unchecked")
        var chart = (javafx.scene.chart.BarChart<String, Number>) robot.lookup("#backtest-chart").query();
        assertEquals(3, chart.getData().size());
        for (int i = 0; i < 4; i++) {
            assertEquals(100 * expected.get(i).capturedChurned(),
                    chart.getData().get(0).getData().get(i).getYValue().doubleValue(), 1e-9);
            // beside it, how large those two bands are, summed here from the band rows
            var rows = expected.get(i).bands();
            double held = rows.get(rows.size() - 1).share() + rows.get(rows.size() - 2).share();
            assertEquals(100 * held, chart.getData().get(2).getData().get(i).getYValue().doubleValue(), 1e-9);
        }
        assertTrue(chart.getData().stream().noneMatch(series -> series.getName().contains("AUC")),
                "AUC is not drawn on a percent axis");
        assertTrue(expected.get(0).auc() > expected.get(3).auc(), "closer to the outcome, the score knows more");
        // the default lead time (60 days) gets its own band table and figures
        javafx.scene.control.TableView<?> bandTable = robot.lookup("#backtest-bands").queryTableView();
        for (String column : List.of("Band", "Accounts", "Churned")) {
            var col = bandTable.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow();
            List<String> shown = java.util.stream.IntStream.range(0, bandTable.getItems().size())
                    .mapToObj(row -> String.valueOf(col.getCellObservableValue(row).getValue())).toList();
            assertEquals(expected.get(1).bands().stream().map(b -> switch (column) {
                case "Band" -> b.band().name();
                case "Accounts" -> org.healthscore.ui.common.Formats.count(b.accounts());
                default -> org.healthscore.ui.common.Formats.count(b.churned());
            }).toList(), shown, column + " per band at 60 days");
        }
        assertTrue(label(robot, "#backtest-lead-figures").startsWith(String.format(Locale.ROOT, "AUC %.3f",
                expected.get(1).auc())));
        assertTrue(label(robot, "#backtest-lead-figures").contains(String.format(Locale.ROOT, "which hold %.0f %% of the "
                + "accounts (lift ", 100 * (expected.get(1).bands().get(2).share() + expected.get(1).bands().get(3)
                .share()))),
                label(robot, "#backtest-lead-figures"));
        robot.doubleClickOn("#backtest-lead").eraseText(3).write("45").type(KeyCode.ENTER);
        var at45 = org.healthscore.engine.Backtest.run(vm.session().workspace().workspaceProperty().get().dataset(), r.model(), 45, Cancel.NEVER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#backtest-lead-figures").contains("45 days")
                && label(robot, "#backtest-lead-figures").startsWith(String.format(Locale.ROOT, "AUC %.3f", at45.auc())));
        robot.doubleClickOn("#backtest-lead").eraseText(3).write("999").type(KeyCode.ENTER);
        assertEquals("Type the lead time as whole days from 0 to 730; \u201c999\u201d is not.", label(robot, "#status"));
        assertTrue(label(robot, "#backtest-lead-figures").contains("45 days"), "the figures stay those of 45 days");
    }

    @Test
    void anAlertsAccountOpensInTheAccountsTabOnEnterOrADoubleClick(FxRobot robot) throws Exception {
        harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#alert-count").contains("accounts as of"));
        @SuppressWarnings("unchecked")
        var alerts = (javafx.scene.control.TableView<org.healthscore.engine.Alerts.Alert>) robot.lookup("#alerts-table")
                .query();
        assertTrue(alerts.getItems().size() > 1, "the sample has alerts");
        String second = alerts.getItems().get(1).accountId();
        robot.interact(() -> {
            alerts.requestFocus();
            alerts.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedIndex() == 1
                && label(robot, "#account-title").startsWith(second));
        // and back to the Alerts, a double-click on the first opens that one
        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#alerts-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        var again = (javafx.scene.control.TableView<org.healthscore.engine.Alerts.Alert>) robot.lookup("#alerts-table")
                .query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !again.getItems().isEmpty());
        String first = again.getItems().get(0).accountId();
        robot.doubleClickOn(robot.lookup("#alerts-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedIndex() == 1
                && label(robot, "#account-title").startsWith(first));
    }

    @Test
    void theAlertsTabListsSharpDropsAndTheRuleIsEditable(FxRobot robot) throws Exception {
        RecomputeResult r = harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#alert-count").contains("accounts as of"));
        var w = vm.session().workspace().workspaceProperty().get();
        var expected = org.healthscore.engine.Alerts.detect(w.dataset(), r.model(), r.model().alerts().get(0),
                w.asOf().asOfDay(), Cancel.NEVER);
        assertEquals(expected.size(), robot.lookup("#alerts-table").queryTableView().getItems().size());
        var divergent = org.healthscore.engine.Divergence.find(w.engineFor(r.model()).frame(), r.model(), "pulse", 30,
                Cancel.NEVER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#divergence-table").queryTableView().getItems().size() == divergent.size());
        assertTrue(!divergent.isEmpty(), "the sample has CSMs who disagree with the data");
        robot.doubleClickOn("#alert-drop").eraseText(4).write("30").type(KeyCode.ENTER);
        harness.settled();
        assertEquals(30.0, vm.session().design().modelProperty().get().alerts().get(0).dropPoints(), 1e-9);
        var stricter = org.healthscore.engine.Alerts.detect(w.dataset(), vm.session().design().modelProperty().get(),
                vm.session().design().modelProperty().get().alerts().get(0), w.asOf().asOfDay(), Cancel.NEVER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () ->
                robot.lookup("#alerts-table").queryTableView().getItems().size() == stricter.size());
        assertTrue(stricter.size() <= expected.size());
    }

    @Test
    void movingTheAsOfDateRescoresEveryAccountAsOfThatDay(FxRobot robot) throws Exception {
        RecomputeResult latest = harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3)); // alerts, computed as of the latest day
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#alert-count").contains("as of 2026-10-25"));
        javafx.scene.control.Slider day = robot.lookup("#as-of-slider").queryAs(javafx.scene.control.Slider.class);
        java.time.LocalDate target = java.time.LocalDate.of(2025, 12, 31);
        robot.interact(() -> day.setValue(target.toEpochDay()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get().asOfDate().equals(target)
                && vm.session().design().resultProperty().get().scores().frame() == vm.session().workspace().workspaceProperty().get().frame()
                && vm.session().design().resultProperty().get().options().exact());
        WaitForAsyncUtils.waitForFxEvents();
        RecomputeResult then = vm.session().design().resultProperty().get();
        assertEquals("As of 2025-12-31", label(robot, "#as-of-label"));
        var accounts = then.scores().frame().accounts();
        int open = java.util.stream.IntStream.range(0, accounts.size())
                .filter(i -> accounts.outcome()[i] == org.healthscore.data.Outcome.UNKNOWN).findFirst().orElseThrow();
        assertEquals(target.toEpochDay(), then.scores().frame().asOfDays()[open], "open accounts are scored that day");
        assertNotEquals(latest.evaluation().bandRows(), then.evaluation().bandRows(), "and the bands changed");
        Evaluation expected = harness.engine(vm.session().design().modelProperty().get());
        assertEquals(expected.bandRows(), then.evaluation().bandRows(), "charts show the engine's figures as of that day");
        assertTrue(label(robot, "#status").contains("as of 2025-12-31"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#alert-count").contains("as of 2025-12-31"));
        var w = vm.session().workspace().workspaceProperty().get();
        assertEquals(org.healthscore.engine.Alerts.detect(w.dataset(), then.model(), then.model().alerts().get(0),
                w.asOf().asOfDay(), Cancel.NEVER).size(), robot.lookup("#alerts-table").queryTableView().getItems().size(),
                "the alerts follow the date, not only the model");
    }

    @Test
    void whatDroppedFirstDrawsOneChartPerMetric(FxRobot robot) throws Exception {
        RecomputeResult r = harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(4));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#signal-usage").tryQuery().isPresent());
        var expected = org.healthscore.engine.LeadingSignals.compute(vm.session().workspace().workspaceProperty().get().dataset(), r.model(),
                12, Cancel.NEVER);
        @SuppressWarnings("unchecked")
        var chart = (javafx.scene.chart.LineChart<Number, Number>) robot.lookup("#signal-usage").query();
        var churned = chart.getData().get(0).getData();
        assertEquals(0, churned.get(churned.size() - 1).getXValue().intValue(), "the last point is at the outcome");
        assertEquals(expected.get(r.model().indexOf("usage")).churned()[0],
                churned.get(churned.size() - 1).getYValue().doubleValue(), 1e-12);
        assertEquals(r.model().metrics().size(), robot.lookup("#signal-charts").queryAs(javafx.scene.layout.GridPane.class)
                .getChildren().size());
    }

    @Test
    void withASegmentSuggestWeightsFitsItOnItsOwnAccountsPreviewKeepAndUndo(FxRobot robot) throws Exception {
        harness.settled();
        @SuppressWarnings("unchecked")
        ComboBox<String> segment = robot.lookup("#segment-view").queryAs(ComboBox.class);
        robot.interact(() -> segment.setValue("Enterprise"));
        harness.settled();
        robot.clickOn("#weight-field-pulse").eraseText(6).write("35").type(KeyCode.ENTER);
        RecomputeResult r = harness.settled();
        assertEquals(1, r.model().segments().size(), "editing Enterprise's weights created its segment");
        var bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var suggest = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-suggest-weights".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(suggest::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#suggest-segment-Enterprise").tryQuery()
                .isPresent());
        // and the buttons inside the dialog once it has grown to show them (visible as TestFX clicks)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#suggest-preview")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        var s = r.scores();
        var expected = org.healthscore.engine.calibration.WeightCalibrator.calibrateSegment(s.points(),
                s.frame().accounts().outcome(), s.segmentOf(), 0, s.weightsBySegment()[1], 5, Cancel.NEVER,
                org.healthscore.engine.calibration.WeightCalibrator.Progress.NONE);
        var take = robot.lookup("#suggest-segment-Enterprise").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(take.getText().contains(String.format(Locale.ROOT, "cross-validated AUC %.3f",
                expected.suggestedCvAuc())), take.getText());
        if (!take.isSelected()) {
            robot.clickOn(take);
        }
        robot.clickOn("#suggest-preview");
        RecomputeResult previewed = harness.settled();
        robot.clickOn("#suggest-keep");
        RecomputeResult kept = harness.settled();
        assertEquals(previewed.model(), kept.model(), "Keep keeps what was previewed");
        int usage = r.model().indexOf("usage");
        assertEquals(Math.round(expected.suggestedPercent()[usage] * 10) / 10.0,
                kept.model().segments().get(0).weights().get("usage"), 1e-9, "Enterprise took its own fit");
        assertTrue(robot.lookup("#suggest-keep").tryQuery().isEmpty(), "the dialog closed");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RecomputeResult undone = harness.settled();
        assertEquals(r.model(), undone.model(), "one undo takes the whole suggestion back");
        assertEquals(r.evaluation().auc(), undone.evaluation().auc(), 0.0);
    }

    @Test
    void theLeadTimeRescoresAccountsWithAnOutcomeThatManyDaysBeforeIt(FxRobot robot) throws Exception {
        RecomputeResult at60 = harness.settled();
        var lead = robot.lookup("#lead-days").queryAs(javafx.scene.control.Spinner.class);
        assertEquals(60, lead.getValue(), "the default lead time shows");
        robot.doubleClickOn(lead.getEditor()).eraseText(3).write("120").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().workspace().workspaceProperty().get().asOf().leadDays() == 120
                && vm.session().design().resultProperty().get().scores().frame() == vm.session().workspace().workspaceProperty().get().frame()
                && vm.session().design().resultProperty().get().options().exact());
        WaitForAsyncUtils.waitForFxEvents();
        RecomputeResult at120 = vm.session().design().resultProperty().get();
        var accounts = at120.scores().frame().accounts();
        int asOf = vm.session().workspace().workspaceProperty().get().asOf().asOfDay();
        int renewed = java.util.stream.IntStream.range(0, accounts.size())
                .filter(i -> accounts.outcomeDay()[i] != org.healthscore.data.AccountTable.NO_DAY).findFirst()
                .orElseThrow();
        assertEquals(Math.min(asOf, accounts.outcomeDay()[renewed] - 120), at120.scores().frame().asOfDays()[renewed],
                "an account with an outcome is scored 120 days before it");
        assertEquals(harness.engine(vm.session().design().modelProperty().get()).bandRows(), at120.evaluation().bandRows());
        assertNotEquals(at60.evaluation().auc(), at120.evaluation().auc(), "further from the outcome, another AUC");
        assertTrue(label(robot, "#status").contains("120 days"), label(robot, "#status"));
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertEquals("120", robot.lookup("#backtest-lead").queryAs(javafx.scene.control.TextField.class).getText(),
                "the Backtest tab starts from the workbench's lead time");

        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.doubleClickOn(lead.getEditor()).eraseText(3).write("soon").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#status").contains("\u201csoon\u201d is not"), label(robot, "#status"));
        assertEquals(120, lead.getValue(), "a bad entry keeps the lead time");
        assertEquals("120", lead.getEditor().getText());
        assertEquals(120, vm.session().workspace().workspaceProperty().get().asOf().leadDays());
    }

    @Test
    void suggestThresholdsProposesCutPointsByInformationValueAndUseIsUndoable(FxRobot robot) throws Exception {
        RecomputeResult before = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#suggest-thresholds");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#use-thresholds").query().isVisible());
        var usage = before.model().metric("usage").orElseThrow();
        var frame = before.scores().frame();
        var expected = org.healthscore.engine.ThresholdSuggestion.of(usage, frame.metric("usage"),
                frame.accounts().outcome(), Cancel.NEVER);
        String shown = label(robot, "#threshold-suggestion");
        assertTrue(shown.contains(String.format(Locale.ROOT, "IV of the three groups %.3f (%.3f with the current cut points)",
                expected.informationValue(), expected.currentInformationValue())), shown);
        assertTrue(expected.informationValue() >= expected.currentInformationValue(), "the suggestion separates better");
        // and it is judged on accounts its search did not see, next to the current points' AUC on the same accounts
        var check = org.healthscore.engine.ThresholdCheck.of(usage, frame.metric("usage"), frame.accounts().outcome(), 5,
                org.healthscore.engine.calibration.Folds.DEFAULT_SEED, Cancel.NEVER);
        assertTrue(shown.contains(String.format(Locale.ROOT, "The metric alone: AUC %.3f now, %.3f with cut points "
                + "searched this way (cross-validated, 5 folds stratified, seed", check.currentAuc(),
                check.suggestedCvAuc())), shown);
        assertEquals(check.worse(), shown.contains("WORSE than the current points"), shown);
        // a weight edit meanwhile changes neither the metric's definition nor the suggestion on screen
        robot.doubleClickOn("#weight-field-usage").eraseText(6).write("50").type(KeyCode.ENTER);
        RecomputeResult reweighted = harness.settled();
        assertTrue(robot.lookup("#use-thresholds").query().isVisible(), "the suggestion is still offered");
        assertEquals(shown, label(robot, "#threshold-suggestion"));
        robot.clickOn("#use-thresholds");
        RecomputeResult used = harness.settled();
        assertEquals(expected.suggested(), used.model().metric("usage").orElseThrow().normalization());
        assertEquals(reweighted.model().metric("usage").orElseThrow().weight(),
                used.model().metric("usage").orElseThrow().weight(), 0.0, "using it keeps the new weight");
        assertEquals(harness.engine(used.model()).bandRows(), used.evaluation().bandRows());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(reweighted.model(), harness.settled().model(), "undo restores the previous thresholds");
    }
}
