package org.healthscore.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.model.StarterTemplates;
import org.healthscore.testing.ManualExecutor;
import org.healthscore.ui.HeadlessWorkbench;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare and Drift tabs' view-models without a screen: hidden, they compute nothing; shown, the engine's. */
class CompareAndDriftViewModelsTest {
    @TempDir
    Path dir;
    final ManualExecutor tabWorker = new ManualExecutor();
    WorkbenchViewModel vm;

    @BeforeEach
    void open() {
        vm = HeadlessWorkbench.onSample(dir, tabWorker);
    }

    @AfterEach
    void close() throws Exception {
        vm.close().get();
    }

    @Test
    void aHiddenCompareTabComputesNothingAndAShownOneComparesWithTheScenarioJustSaved() throws Exception {
        CompareViewModel c = vm.compare();
        c.scenarios().save("Six", StarterTemplates.sixMetric()).get();
        assertEquals("Six", c.chosenProperty().get().name(), "the scenario just saved is the one compared");
        c.segmentProperty().set("Enterprise");
        assertTrue(tabWorker.isEmpty(), "hidden: a new scenario or segment computes nothing");
        c.setActive(true);
        assertEquals(1, tabWorker.size());
        tabWorker.runAll();
        var shown = c.shownProperty().get();
        assertEquals("Six", shown.b().name());
        assertEquals("Enterprise", shown.filter().segmentValue());
        var onScreen = vm.session().design().resultProperty().get().scores();
        long enterprise = 0;
        for (int i = 0; i < onScreen.size(); i++) {
            enterprise += "Enterprise".equals(onScreen.frame().accounts().segment().category(i))
                    && Double.isFinite(onScreen.score()[i]) ? 1 : 0;
        }
        assertEquals(enterprise, shown.comparison().migration().total() + shown.comparison().migration().unscored(),
                "the matrix counts the segment's accounts");
        c.segmentProperty().set(null);
        assertEquals(1, tabWorker.size(), "shown: a new segment computes at once");
        tabWorker.runAll();
        assertNull(c.shownProperty().get().filter().segmentValue());
    }

    @Test
    void theDriftTabComputesTheEnginesDriftForItsDatesOnlyWhileShown() {
        var d = vm.drift();
        var w = vm.session().workspace().workspaceProperty().get();
        assertEquals(w.asOfDate(), d.toProperty().get());
        assertEquals(w.asOfDate().minusDays(180), d.fromProperty().get(), "half a year before by default");
        d.fromProperty().set(w.asOfDate().minusDays(365));
        assertTrue(tabWorker.isEmpty(), "hidden: a new date computes nothing");
        d.setActive(true);
        tabWorker.runAll();
        int to = (int) w.asOfDate().toEpochDay();
        DriftCheck expected = DriftCheck.run(w.dataset(), vm.session().design().modelProperty().get(), to - 365, to,
                null, Cancel.NEVER);
        assertEquals(expected.score().value(), d.shownProperty().get().score().value(), 1e-12);
        d.toProperty().set(LocalDate.ofEpochDay(to - 400));
        assertTrue(tabWorker.isEmpty(), "a reference after the date compared is refused, not computed");
        assertTrue(d.summaryProperty().get().startsWith("The reference date"), d.summaryProperty().get());
    }
}
