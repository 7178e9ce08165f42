package org.healthscore.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.healthscore.model.HealthModel;
import org.healthscore.model.StarterTemplates;
import org.healthscore.model.WeightShares;
import org.healthscore.store.Workspace;
import org.healthscore.store.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios live in the workspace: saved, listed, renamed, deleted, and still there when it is opened again. */
class ScenariosTest {
    @TempDir
    Path dir;

    @Test
    void savedScenariosSurviveReopeningAndCanBeRenamedReplacedAndDeleted() throws Exception {
        Path file = dir.resolve("acme.hsw");
        HealthModel base = StarterTemplates.fourMetric();
        HealthModel usageHeavy = base.withMetrics(WeightShares.setShare(base.metrics(), "usage", 70, Set.of()));
        try (Workspace ws = Workspace.create(file)) {
            Scenarios s = new Scenarios(ws);
            s.save("Usage counts more", usageHeavy);
            s.save("  Support counts more ", base);
            assertEquals(List.of("Usage counts more", "Support counts more"),
                    s.list().stream().map(Scenarios.Scenario::name).toList(), "names stripped, in saving order");
        }
        try (Workspace ws = Workspace.open(file)) {
            Scenarios s = new Scenarios(ws);
            Scenarios.Scenario usage = s.list().get(0);
            HealthModel loaded = s.load(usage.id());
            assertEquals(usageHeavy.withName("Usage counts more"), loaded, "the whole model, named for the scenario");
            WorkspaceException taken = assertThrows(WorkspaceException.class,
                    () -> s.rename(usage.id(), "Support counts more"));
            assertEquals("There is already a scenario named 'Support counts more'.", taken.getMessage());
            s.rename(usage.id(), "Usage at 70 %");
            assertEquals("Usage at 70 %", s.load(usage.id()).name());
            s.save("Usage at 70 %", base); // the same name again: replaces it
            assertEquals(2, s.list().size());
            assertEquals(base.metrics(), s.load(usage.id()).metrics());
            s.delete(s.list().get(1).id());
            assertEquals(List.of("Usage at 70 %"), s.list().stream().map(Scenarios.Scenario::name).toList());
            assertEquals("A scenario needs a name.",
                    assertThrows(WorkspaceException.class, () -> s.save("  ", base)).getMessage());
        }
        try (Workspace ws = Workspace.openReadOnly(file)) {
            WorkspaceException refused = assertThrows(WorkspaceException.class,
                    () -> new Scenarios(ws).save("Another", base));
            assertEquals(true, refused.getMessage().contains("save a scenario in it"), refused.getMessage());
        }
    }
}
