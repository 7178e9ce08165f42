package org.healthscore.ui.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.LeadingSignals;
import org.healthscore.testing.ManualExecutor;
import org.healthscore.ui.HeadlessWorkbench;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backtest and What-dropped-first tabs' view-models without a screen. Their worker is a queue the test runs
 * by hand, so "running", Cancel and latest-wins are seen between the request and the work.
 */
class TabViewModelsTest {
    @TempDir
    Path dir;
    final ManualExecutor tabWorker = new ManualExecutor();
    WorkbenchViewModel vm;
    LoadedWorkspace w;

    @BeforeEach
    void open() {
        vm = HeadlessWorkbench.onSample(dir, tabWorker);
        w = vm.session().workspace().workspaceProperty().get();
    }

    @AfterEach
    void close() throws Exception {
        vm.close().get();
    }

    @Test
    void theBacktestRunsBesideTheWorkspaceThreadOnlyWhileShownAndGivesTheEnginesFigures() {
        BacktestViewModel bt = vm.backtest();
        vm.session().design().setModel(vm.session().design().modelProperty().get().withName("edited")); // hidden tab
        assertTrue(tabWorker.isEmpty(), "a hidden tab computes nothing");
        bt.setActive(true);
        assertTrue(bt.task().runningProperty().get(), "the tab shows progress while the worker has it");
        assertEquals(1, tabWorker.size());
        tabWorker.runAll();
        assertFalse(bt.task().runningProperty().get());
        assertEquals(1.0, bt.task().progressProperty().get(), 1e-12, "one step a lead time, all done");
        BacktestViewModel.Shown shown = bt.shownProperty().get();
        assertEquals(List.of(30, 60, 90, 180), shown.results().stream().map(Backtest.Result::leadDays).toList());
        var model = vm.session().design().modelProperty().get();
        Backtest.Result direct = Backtest.run(w.dataset(), model, 60, Cancel.NEVER);
        assertEquals(direct.auc(), shown.chosen().auc(), 1e-12);
        assertEquals(direct.capturedChurned(), shown.chosen().capturedChurned(), 1e-12);
        List<Evaluation.BandRow> rows = direct.bands();
        double lowestTwo = rows.get(rows.size() - 1).share() + rows.get(rows.size() - 2).share();
        assertEquals(lowestTwo, BacktestViewModel.lowestTwoShare(shown.chosen()), 1e-12);
        assertTrue(bt.summaryProperty().get().startsWith(String.format(java.util.Locale.ROOT,
                "30 days ahead: AUC %.3f", shown.results().get(0).auc())), bt.summaryProperty().get());
        bt.setActive(false);
        bt.setActive(true);
        assertTrue(tabWorker.isEmpty(), "shown again with nothing changed: nothing recomputed");
    }

    /**
     * An override added while the Backtest is shown recomputes it, and "were the CSMs right?" is the engine's:
     * a churned account moved up to the top band from 200 days before its outcome, counted at the 60-day lead.
     */
    @Test
    void anOverrideAddedRecomputesWereTheCsmsRight() throws Exception {
        BacktestViewModel bt = vm.backtest();
        bt.setActive(true);
        tabWorker.runAll();
        assertNull(bt.shownProperty().get().csm(), "no override: no verdict");
        var a = w.dataset().accounts();
        int churned = 0;
        while (a.outcome()[churned] != org.healthscore.data.Outcome.CHURNED
                || a.outcomeDay()[churned] == org.healthscore.data.AccountTable.NO_DAY) {
            churned++;
        }
        java.time.LocalDate out = java.time.LocalDate.ofEpochDay(a.outcomeDay()[churned]);
        vm.overrides().add(a.ids()[churned], new org.healthscore.data.CsmOverride.BandChange("Green"),
                "Champion says they will renew", "ann", out.minusDays(200), out).get();
        assertEquals(2, tabWorker.size(), "the shown tab computes again, and the overrides are laid over the scores");
        tabWorker.runAll();
        var verdict = bt.shownProperty().get().csm();
        var model = vm.session().design().modelProperty().get();
        assertEquals(Backtest.csmVerdict(w.dataset(), model, 60, vm.overrides().allProperty().get(), Cancel.NEVER),
                verdict);
        int movedUp = verdict.movedUp().accounts();
        assertEquals(1, movedUp + verdict.unchanged(), "moved up, unless the model had it in Green already");
        if (movedUp == 1) {
            assertEquals(1.0, verdict.movedUp().churnRate(), 0.0, "and it churned");
        }
    }

    @Test
    void cancellingTheBacktestAppliesNothingAndATypedLeadIsComputedAsTheLatestRequest() {
        BacktestViewModel bt = vm.backtest();
        bt.setActive(true);
        bt.cancel();
        assertFalse(bt.task().runningProperty().get());
        assertTrue(bt.summaryProperty().get().startsWith("Backtest cancelled"), bt.summaryProperty().get());
        tabWorker.runAll();
        assertNull(bt.shownProperty().get(), "the cancelled run's figures never show");
        bt.setLead("45");
        bt.setLead("120");
        tabWorker.runAll();
        var shown = bt.shownProperty().get();
        assertEquals(120, shown.chosen().leadDays(), "the latest lead asked for wins");
        assertEquals(List.of(30, 60, 90, 120, 180), shown.results().stream().map(Backtest.Result::leadDays).toList());
        bt.setLead("two months");
        assertEquals("Type the lead time as whole days from 0 to 730; \u201ctwo months\u201d is not.",
                vm.session().status().statusProperty().get());
        assertTrue(tabWorker.isEmpty());
    }

    @Test
    void whatDroppedFirstAveragesEachMetricsPointsMonthByMonth() {
        var signals = vm.signals();
        signals.setActive(true);
        tabWorker.runAll();
        var model = vm.session().design().modelProperty().get();
        var direct = LeadingSignals.compute(w.dataset(), model, 12, Cancel.NEVER);
        var curves = signals.curvesProperty().get();
        assertEquals(model.metrics().size(), curves.size());
        for (int j = 0; j < curves.size(); j++) {
            assertEquals(direct.get(j).metric(), curves.get(j).metric());
            assertEquals(java.util.Arrays.toString(direct.get(j).churned()),
                    java.util.Arrays.toString(curves.get(j).churned()));
        }
        assertEquals(1.0, signals.task().progressProperty().get(), 1e-12);
    }
}
