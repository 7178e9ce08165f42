package org.healthscore.ui.session;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.io.model.ModelFileException;
import org.healthscore.io.model.ModelVersions;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.ModelValidator;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.LoadListener;
import org.healthscore.store.Workspace;

/**
 * An open workspace with its data in memory, framed as of a date and ready to score. Built off the FX thread
 * by {@link #open}; holds the workspace's lock until {@link #close()}. When a model gains a metric or changes
 * one's source, {@link #engineFor} assembles just that column (on the calling, background thread).
 */
public final class LoadedWorkspace implements AutoCloseable {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LoadedWorkspace.class.getName());
    /** Accounts with an outcome are scored this many days before it: "would the score have warned us?". */
    static final int DEFAULT_LEAD_DAYS = WorkspaceOpening.DEFAULT_LEAD_DAYS;

    private final Workspace workspace;
    private final Dataset dataset;
    private final AsOfPolicy asOf;
    private final FrameAssembler assembler;
    private final HealthModel initialModel;
    private final Map<String, Metric> columnBuiltFor = new HashMap<>();
    private final boolean hasOutcomeDates;
    private final org.healthscore.data.DataCoverage coverage;
    private ScoringEngine engine;

    private LoadedWorkspace(Workspace workspace, Dataset dataset, AsOfPolicy asOf, HealthModel initialModel) {
        this.workspace = workspace;
        this.dataset = dataset;
        this.asOf = asOf;
        this.assembler = new FrameAssembler(dataset);
        this.initialModel = initialModel;
        AccountFrame frame = assembler.assemble(initialModel.metrics(), asOf);
        initialModel.metrics().forEach(m -> columnBuiltFor.put(m.key(), m));
        this.engine = new ScoringEngine(frame, true); // the window's FX thread and renderer keep a core in a drag
        this.hasOutcomeDates = java.util.Arrays.stream(dataset.accounts().outcomeDay())
                .anyMatch(d -> d != org.healthscore.data.AccountTable.NO_DAY);
        this.coverage = org.healthscore.data.DataCoverage.of(dataset);
    }

    /** What the data can support (outcomes, their dates, history, ARR), for views that need some of it. */
    public org.healthscore.data.DataCoverage coverage() {
        return coverage;
    }

    /** Whether the lead-time rule applies to any account (it needs outcome dates). */
    public boolean hasOutcomeDates() {
        return hasOutcomeDates;
    }

    /** The same open workspace read again, after its data changed (an import). */
    public LoadedWorkspace reload(LoadListener listener) {
        return load(workspace, false, listener);
    }

    static LoadedWorkspace load(Workspace ws, boolean closeOnFailure, LoadListener listener) {
        try {
            Dataset dataset = new DatasetLoader(ws, listener).load();
            int[] span = dataset.observationSpan();
            int asOfDay = span != null ? span[1] : (int) LocalDate.now().toEpochDay();
            LoadedWorkspace loaded = new LoadedWorkspace(ws, dataset, AsOfPolicy.withLead(asOfDay, DEFAULT_LEAD_DAYS),
                    startingModel(ws, dataset));
            // A full collection now, while the window says "Opening": it moves what was just read into the old
            // generation at once (92 ms at a million accounts). Left to the young collections, the first drag
            // after opening paid for it in pauses of up to 140 ms (docs/PERFORMANCE.md).
            FullCollection.run();
            return loaded;
        } catch (RuntimeException e) {
            if (closeOnFailure) {
                ws.close();
            }
            throw e;
        }
    }

    /** The same workspace and data, framed as of another day (its engine starts fresh; the data is shared). */
    public LoadedWorkspace withAsOf(int day) {
        return new LoadedWorkspace(workspace, dataset, AsOfPolicy.withLead(day, asOf.leadDays()), initialModel);
    }

    /** The same workspace and data, with accounts that have an outcome scored {@code days} before it. */
    public LoadedWorkspace withLead(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("the lead time is a number of days, 0 or more: " + days);
        }
        return new LoadedWorkspace(workspace, dataset, AsOfPolicy.withLead(asOf.asOfDay(), days), initialModel);
    }

    /** The first and last observation day, or null for a snapshot-only workspace. */
    public int[] observationSpan() {
        return dataset.observationSpan();
    }

    /**
     * The model a workspace opens with: the version saved in it last, as the user left their work, when every
     * column it reads (its metrics' and its segments') is still there; else the four-metric starter. A stored version that cannot be read (damaged,
     * from a newer app) is passed over with a warning in the log, never an error: File → Open model version…
     * still lists every version.
     */
    static HealthModel startingModel(Workspace ws, Dataset dataset) {
        ModelVersions versions = new ModelVersions(ws);
        List<ModelVersions.Version> saved = versions.list(); // newest first
        if (!saved.isEmpty()) {
            ModelVersions.Version newest = saved.get(0);
            try {
                HealthModel model = versions.load(newest.id());
                var problems = ModelValidator.validate(model, dataset::hasColumn); // metrics' and segments' columns
                if (problems.isEmpty()) {
                    return model;
                }
                LOG.info(() -> "model version '" + newest.name() + "' does not fit this workspace: " + problems);
            } catch (ModelFileException | RuntimeException e) {
                LOG.warning("model version '" + newest.name() + "' cannot be read: " + e.getMessage());
            }
        }
        return starterFor(dataset);
    }

    /**
     * The four-metric starter, keeping only the metrics whose columns this workspace has. When some are left
     * out, the model is this workspace's, named for it, and says which template metrics it lacks — not a
     * "Four-metric starter" with one metric, or none.
     */
    static HealthModel starterFor(Dataset dataset) {
        HealthModel starter = StarterTemplates.fourMetric();
        List<Metric> usable = starter.metrics().stream()
                .filter(m -> m.source().columns().stream().allMatch(dataset::hasColumn)).toList();
        if (usable.size() == starter.metrics().size()) {
            return starter;
        }
        List<String> missing = starter.metrics().stream().filter(m -> !usable.contains(m)).map(Metric::label).toList();
        return new HealthModel(dataset.name() + " model", "Started from the four-metric template; this workspace has "
                + "no columns for " + String.join(", ", missing) + ", so " + (usable.isEmpty() ? "add metrics from its "
                + "own columns" : "those were left out") + ".", usable, starter.bands(), starter.segments(),
                starter.alerts());
    }

    /** An engine whose frame has a raw column for every metric of {@code model}, as that metric reads it. */
    public synchronized ScoringEngine engineFor(HealthModel model) {
        AccountFrame frame = engine.frame();
        boolean changed = false;
        for (Metric m : model.metrics()) {
            Metric built = columnBuiltFor.get(m.key());
            if (built == null || !built.source().equals(m.source()) || built.stalenessDays() != m.stalenessDays()) {
                frame = frame.withMetricColumn(m.key(), assembler.resolve(m, frame.asOfDays()));
                columnBuiltFor.put(m.key(), m);
                changed = true;
            }
        }
        if (changed) {
            engine = engine.withFrame(frame);
        }
        return engine;
    }

    public FrameAssembler frameAssembler() {
        return assembler;
    }

    public synchronized AccountFrame frame() {
        return engine.frame();
    }

    public Workspace workspace() {
        return workspace;
    }

    public Dataset dataset() {
        return dataset;
    }

    public AsOfPolicy asOf() {
        return asOf;
    }

    public HealthModel initialModel() {
        return initialModel;
    }

    public LocalDate asOfDate() {
        return LocalDate.ofEpochDay(asOf.asOfDay());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
