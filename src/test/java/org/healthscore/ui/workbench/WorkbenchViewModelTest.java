package org.healthscore.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.HeadlessWorkbench;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's view-model without a screen: every executor runs its work at once on the test's thread, so
 * opening, editing, dragging, undoing and the segment view are checked step by step, no toolkit started.
 */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    Session session;

    @BeforeEach
    void open() {
        vm = HeadlessWorkbench.onSample(dir);
        session = vm.session();
    }

    @AfterEach
    void close() throws Exception {
        vm.close().get();
    }

    @Test
    void openingShowsTheStartingModelsSettledFiguresOnEveryAccount() {
        LoadedWorkspace w = session.workspace().workspaceProperty().get();
        RecomputeResult r = session.design().resultProperty().get();
        assertNotNull(r);
        assertTrue(r.settled());
        assertEquals(w.dataset().accounts().size(), r.evaluation().accounts());
        assertEquals(w.dataset().accounts().size(), r.scores().size());
        assertFalse(session.status().busyProperty().get());
        assertFalse(session.status().openingProperty().get());
        assertEquals(w.workspace().name() + " — Health Score Workbench", session.status().titleProperty().get());
        assertTrue(session.status().statusProperty().get().contains(String.format(java.util.Locale.ROOT, "%,d accounts",
                w.dataset().accounts().size())), session.status().statusProperty().get());
        assertFalse(session.design().canUndoProperty().get());
    }

    @Test
    void anEditIsOneUndoStepAndMarksTheModelUnsavedUntilUndone() {
        HealthModel start = session.design().modelProperty().get();
        RecomputeResult before = session.design().resultProperty().get();
        String key = start.metrics().get(0).key();
        vm.weights().setShare(key, 50);
        HealthModel edited = session.design().modelProperty().get();
        assertNotEquals(start, edited);
        assertEquals(50, 100 * edited.metrics().get(0).weight() / edited.totalWeight(), 1e-9);
        assertSame(before, session.design().baselineProperty().get(), "the Δ is read against the figures before");
        assertTrue(session.design().dirtyProperty().get());
        assertTrue(session.status().titleProperty().get().startsWith("* "));
        session.design().undo();
        assertEquals(start, session.design().modelProperty().get());
        assertFalse(session.design().dirtyProperty().get());
        assertTrue(session.design().canRedoProperty().get());
        session.design().redo();
        assertEquals(edited, session.design().modelProperty().get());
    }

    @Test
    void aDragShowsPreviewsThatKeepNoScoresAndEndsAsOneUndoStep() {
        HealthModel start = session.design().modelProperty().get();
        String key = start.metrics().get(1).key();
        List<RecomputeResult> shown = new ArrayList<>();
        session.design().resultProperty().addListener((o, a, r) -> shown.add(r));
        for (double share = 20; share <= 40; share += 5) {
            vm.weights().dragShare(key, share, true);
        }
        vm.weights().dragShare(key, 40, false);
        assertEquals(6, shown.size(), "five previews and the settled result");
        for (RecomputeResult preview : shown.subList(0, 5)) {
            assertFalse(preview.settled());
            assertFalse(preview.evaluation().exact());
            // a preview's per-account scores were the engine's one buffer: not published, so nobody reads them late
            assertThrows(IllegalStateException.class, preview::scores);
        }
        RecomputeResult settled = shown.get(5);
        assertTrue(settled.settled());
        assertTrue(settled.evaluation().exact());
        HealthModel dragged = session.design().modelProperty().get();
        assertEquals(40, 100 * dragged.metrics().get(1).weight() / dragged.totalWeight(), 1e-9);
        session.design().undo();
        assertEquals(start, session.design().modelProperty().get(), "the whole drag is one undo step");
        assertFalse(session.design().canUndoProperty().get());
    }

    @Test
    void aSegmentViewCountsOnlyThatSegmentsAccounts() {
        LoadedWorkspace w = session.workspace().workspaceProperty().get();
        var segment = w.dataset().accounts().segment();
        List<String> values = session.design().segmentValues();
        assertFalse(values.isEmpty(), "the sample has segments");
        String chosen = values.get(0);
        int expected = 0;
        for (int i = 0; i < w.dataset().accounts().size(); i++) {
            expected += chosen.equals(segment.category(i)) ? 1 : 0;
        }
        session.design().setSegmentView(chosen);
        assertEquals(expected, session.design().resultProperty().get().evaluation().accounts());
        assertEquals(null, session.design().baselineProperty().get(), "no Δ across views");
        session.design().setSegmentView(null);
        assertEquals(w.dataset().accounts().size(), session.design().resultProperty().get().evaluation().accounts());
    }

    @Test
    void anAlertRuleTypedBadlyIsRefusedWithAMessageAndATypedOneIsAnUndoableEdit() {
        HealthModel start = session.design().modelProperty().get();
        vm.alerts().applyRule("lots", "60");
        assertEquals("Type numbers for the drop and the window.", session.status().statusProperty().get());
        assertEquals(start, session.design().modelProperty().get());
        vm.alerts().applyRule("0", "60");
        assertEquals("The drop must be above 0 and the window at least 1 day.", session.status().statusProperty().get());
        vm.alerts().applyRule(" 20 ", "30");
        var rule = session.design().modelProperty().get().alerts().get(0);
        assertEquals(20, rule.dropPoints());
        assertEquals(30, rule.withinDays());
        session.design().undo();
        assertEquals(start, session.design().modelProperty().get());
    }
}
