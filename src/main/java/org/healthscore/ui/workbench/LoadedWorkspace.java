package org.healthscore.ui.workbench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;

/**
 * An open workspace with its data in memory, framed as of a date and ready to score. Built off the FX thread
 * by {@link #open}; holds the workspace's lock until {@link #close()}.
 */
public record LoadedWorkspace(Workspace workspace, Dataset dataset, AsOfPolicy asOf, AccountFrame frame,
                              ScoringEngine engine, HealthModel initialModel) implements AutoCloseable {

    /** Accounts with an outcome are scored this many days before it: "would the score have warned us?". */
    public static final int DEFAULT_LEAD_DAYS = 60;

    public static LoadedWorkspace open(Path file) {
        Workspace ws = Workspace.open(file);
        try {
            Dataset dataset = new DatasetLoader(ws).load();
            int[] span = dataset.observationSpan();
            int asOfDay = span != null ? span[1] : (int) LocalDate.now().toEpochDay();
            AsOfPolicy policy = AsOfPolicy.withLead(asOfDay, DEFAULT_LEAD_DAYS);
            HealthModel model = starterFor(dataset);
            AccountFrame frame = new FrameAssembler(dataset).assemble(model.metrics(), policy);
            return new LoadedWorkspace(ws, dataset, policy, frame, new ScoringEngine(frame), model);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** The four-metric starter, keeping only the metrics whose columns this workspace has. */
    static HealthModel starterFor(Dataset dataset) {
        HealthModel starter = StarterTemplates.fourMetric();
        List<Metric> usable = starter.metrics().stream()
                .filter(m -> m.source().columns().stream().allMatch(dataset::hasColumn)).toList();
        return starter.withMetrics(usable);
    }

    public LocalDate asOfDate() {
        return LocalDate.ofEpochDay(asOf.asOfDay());
    }

    public Path file() {
        return workspace.file();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
