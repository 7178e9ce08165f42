package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.healthscore.io.model.ModelVersions;
import org.healthscore.model.HealthModel;
import org.healthscore.model.MetricSource;
import org.healthscore.store.Workspace;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.WorkspaceOpening;
import org.junit.jupiter.api.Test;

/** Which model a workspace opens with: the version saved last when it can serve, else the starter. */
class StartingModelTest {
    private static HealthModel starter(Path file) {
        try (LoadedWorkspace fresh = WorkspaceOpening.open(file)) {
            return fresh.initialModel();
        }
    }

    private static void saveVersion(Path file, String name, HealthModel model) {
        try (Workspace ws = Workspace.open(file)) {
            new ModelVersions(ws).save(name, model);
        }
    }

    private static HealthModel openedWith(Path file) {
        try (LoadedWorkspace loaded = WorkspaceOpening.open(file)) {
            return loaded.initialModel();
        }
    }

    @Test
    void theVersionSavedLastWinsOverOlderOnes() {
        Path file = SampleFixture.freshCopy();
        HealthModel starter = starter(file);
        assertEquals("Four-metric starter", starter.name());
        HealthModel older = starter.withMetrics(starter.metrics().subList(0, 2));
        HealthModel newer = starter.withMetrics(List.of(starter.metrics().get(1).withWeight(70),
                starter.metrics().get(2).withWeight(30)));
        saveVersion(file, "older", older);
        saveVersion(file, "newer", newer);
        assertEquals(newer.withName("newer"), openedWith(file));
    }

    @Test
    void aLastVersionReadingAColumnNoLongerThereOrDamagedGivesTheStarter() throws Exception {
        Path file = SampleFixture.freshCopy();
        HealthModel starter = starter(file);
        var usage = starter.metrics().get(1);
        HealthModel gone = starter.withMetrics(List.of(new org.healthscore.model.Metric(usage.key(), usage.label(),
                new MetricSource.Column("seats_removed_since"), usage.direction(), usage.normalization(),
                usage.missing(), usage.stalenessDays(), usage.weight())));
        saveVersion(file, "reads a dropped column", gone);
        assertEquals(starter, openedWith(file), "a column it reads is gone");

        HealthModel segmentGone = starter.withSegments(List.of(new org.healthscore.model.Segment("SMB",
                "segment_retired", List.of("SMB"), java.util.Map.of(usage.key(), 50.0),
                org.healthscore.model.Bands.defaults())));
        saveVersion(file, "segments by a dropped column", segmentGone);
        assertEquals(starter, openedWith(file), "the column its segments read is gone");

        saveVersion(file, "damaged", starter.withMetrics(starter.metrics().subList(0, 1)));
        try (Workspace ws = Workspace.open(file); Statement s = ws.connection().createStatement()) {
            s.executeUpdate("UPDATE model_version SET model_json = '{\"format\": \"not a model\"' "
                    + "WHERE name = 'damaged'");
        }
        assertEquals(starter, openedWith(file), "its JSON is broken: the starter, not an error");
    }
}
