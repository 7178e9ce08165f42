package org.healthscore.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthscore.model.HealthModel;
import org.healthscore.model.ModelProblem;

/** Commands on the model as a whole: files (export, import), saved versions, templates, adding and removing metrics. */
public final class ModelCommands {
    private final WorkbenchViewModel vm;

    private final SuggestionCommands suggestions;

    /** Fit points, Suggest thresholds and Suggest band edges. */
    public SuggestionCommands suggestions() {
        return suggestions;
    }

    ModelCommands(WorkbenchViewModel vm) {
        this.suggestions = new SuggestionCommands(vm, this);
        this.vm = vm;
    }

    /** Writes the current model, with the dataset and figures it was designed on, to a JSON file. */
    public CompletableFuture<Path> exportModel(Path file) {
        LoadedWorkspace loaded = vm.workspaceProperty().get();
        if (loaded == null || vm.modelProperty().get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No model to export yet."));
        }
        return ModelFileCommands.export(file, vm.modelProperty().get(), loaded, vm.resultProperty().get(), vm.background())
                .whenCompleteAsync((path, error) -> vm.notify(error == null ? "Model exported to " + path
                        : "Export failed: " + ModelFileCommands.cause(error).getMessage()), vm.fxThread());
    }

    /**
     * Reads a model file and, only if it is valid for this workspace, makes it the current model. Completes with
     * the problems found (empty when the model was taken).
     */
    public CompletableFuture<List<ModelProblem>> importModel(Path file) {
        LoadedWorkspace loaded = vm.workspaceProperty().get();
        if (loaded == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        return ModelFileCommands.read(file, loaded, vm.background()).thenApplyAsync(r -> {
            if (r.problems().isEmpty()) {
                vm.setModel(r.model());
                vm.notify("Model imported from " + file.getFileName());
            }
            return r.problems();
        }, vm.fxThread());
    }

    /** Saves the current model as a named version in the workspace. */
    public CompletableFuture<org.healthscore.io.model.ModelVersions.Version> saveModelVersion(String name) {
        HealthModel current = vm.modelProperty().get();
        return vm.onWorkspace(w -> new org.healthscore.io.model.ModelVersions(w.workspace()).save(name, current))
                .whenCompleteAsync((v, e) -> {
                    vm.notify(e == null ? "Saved model version '" + v.name() + "'"
                            : "Not saved: " + ModelFileCommands.cause(e).getMessage());
                    if (e == null) {
                        vm.savedAs(current, v.name());
                    }
                }, vm.fxThread());
    }

    public CompletableFuture<List<org.healthscore.io.model.ModelVersions.Version>> modelVersions() {
        return vm.onWorkspace(w -> new org.healthscore.io.model.ModelVersions(w.workspace()).list());
    }

    /** Makes a saved version the current model. */
    public CompletableFuture<HealthModel> openModelVersion(long id) {
        return vm.onWorkspace(w -> {
            try {
                return new org.healthscore.io.model.ModelVersions(w.workspace()).load(id);
            } catch (org.healthscore.io.model.ModelFileException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenCompleteAsync((m, e) -> {
            if (e != null) {
                vm.notify("Cannot open the model version: " + ModelFileCommands.cause(e).getMessage());
            } else {
                vm.setModel(m);
                vm.markSaved(m); // as saved as it gets: no unsaved-changes marker or question for it
                vm.notify("Opened model version '" + m.name() + "'");
            }
        }, vm.fxThread());
    }

    /** Removes a metric from the model (undoable). */
    public void removeMetric(String key) {
        HealthModel current = vm.modelProperty().get();
        if (current != null && current.indexOf(key) >= 0) {
            vm.setModel(current.withMetrics(current.metrics().stream().filter(m -> !m.key().equals(key)).toList()));
        }
    }

    /** Adds a metric reading one workspace column, its points fitted to churn where it can be (undoable). */
    public CompletableFuture<org.healthscore.model.Metric> addMetric(String column) {
        HealthModel current = vm.modelProperty().get();
        vm.notify("Adding a metric for " + column + " (its points fitted to churn when the workspace has outcomes)…");
        return vm.onWorkspace(w -> MetricFactory.forColumn(w, column, current)).whenCompleteAsync((m, e) -> {
            if (e != null) {
                vm.notify("Cannot add a metric for " + column + ": " + ModelFileCommands.cause(e).getMessage());
            } else {
                java.util.List<org.healthscore.model.Metric> metrics = new java.util.ArrayList<>(vm.modelProperty().get().metrics());
                metrics.add(m);
                vm.setModel(vm.modelProperty().get().withMetrics(metrics));
                vm.selectedMetricProperty().set(m.key()); // a new metric wants its normalization set up next
            }
        }, vm.fxThread());
    }

    /** Starts over from a starter template (undoable). */
    public void newModelFrom(HealthModel template) {
        LoadedWorkspace loaded = vm.workspaceProperty().get();
        List<org.healthscore.model.Metric> usable = template.metrics().stream()
                .filter(m -> loaded == null || m.source().columns().stream().allMatch(loaded.dataset()::hasColumn))
                .toList();
        vm.setModel(template.withMetrics(usable));
    }

    /** Moves a metric up (-1) or down (+1) in the list; order never changes a score, only how it reads. */
    public void moveMetric(String key, int delta) {
        HealthModel current = vm.modelProperty().get();
        int i = current == null ? -1 : current.indexOf(key);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= current.metrics().size()) {
            return;
        }
        java.util.List<org.healthscore.model.Metric> metrics = new java.util.ArrayList<>(current.metrics());
        java.util.Collections.swap(metrics, i, j);
        vm.setModel(current.withMetrics(metrics));
    }

    /** Freezes a metric's normalization as percentile bins of its values in this workspace (undoable). */
    public CompletableFuture<Void> percentileBins(String key, int groups) {
        HealthModel current = vm.modelProperty().get();
        var metric = current == null ? null : current.metric(key).orElse(null);
        if (metric == null || vm.resultProperty().get() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return computeAndEdit(metric, "Cannot make percentile bins: ", w -> metric.withNormalization(
                org.healthscore.engine.PercentileBins.of(w.engineFor(current).frame().metric(key), groups,
                        metric.direction())));
    }

    /**
     * Reads a metric from another source — a column, a ratio of two, or a column's change over a number of days
     * (undoable). When the new values are categories and the normalization is numeric (or the other way round),
     * the normalization starts over from a default for the new values. A source the data cannot give numbers
     * for is refused with a message; the future completes either way.
     */
    public CompletableFuture<Void> changeSource(String key, org.healthscore.model.MetricSource source) {
        HealthModel current = vm.modelProperty().get();
        var metric = current == null ? null : current.metric(key).orElse(null);
        if (metric == null || metric.source().equals(source)) {
            return CompletableFuture.completedFuture(null);
        }
        var moved = new org.healthscore.model.Metric(metric.key(), metric.label(), source, metric.direction(),
                metric.normalization(), metric.missing(), metric.stalenessDays(), metric.weight());
        return computeAndEdit(metric, "Cannot read " + metric.label() + " from there: ", w -> {
            w.dataset().checkSource(source);
            var raw = w.frameAssembler().resolve(moved, w.frame().asOfDays());
            boolean categories = moved.normalization() instanceof org.healthscore.model.Normalization.Categorical;
            return raw.isCategorical() == categories ? moved
                    : moved.withNormalization(MetricFactory.defaultNormalization(raw));
        });
    }

    /**
     * Works out a metric's new definition on the workspace thread, then applies it (one undo step) — unless the
     * metric was edited meanwhile, when the newer edit stands — or tells the user why it could not. The future
     * completes either way.
     */
    private CompletableFuture<Void> computeAndEdit(org.healthscore.model.Metric before, String cannot,
                                                   java.util.function.Function<LoadedWorkspace,
                                                           org.healthscore.model.Metric> compute) {
        return vm.onWorkspace(compute).whenCompleteAsync((changed, e) -> {
            if (e != null) {
                vm.notify(cannot + ModelFileCommands.cause(e).getMessage());
            } else if (before.equals(vm.modelProperty().get().metric(before.key()).orElse(null))) {
                editMetric(changed, false);
            }
        }, vm.fxThread()).handle((changed, e) -> (Void) null);
    }

    /**
     * Replaces one metric's definition (normalization, direction, missing policy, source). While a control is
     * still being dragged the figures follow live; the whole drag is one undo step.
     */
    public void editMetric(org.healthscore.model.Metric changed, boolean stillDragging) {
        HealthModel current = vm.modelProperty().get();
        if (current == null || current.indexOf(changed.key()) < 0) {
            return;
        }
        vm.liveEdit(current.withMetric(changed), stillDragging);
    }

    /**
     * Replaces the bands of the current view (the model's, or the chosen segment's). Live while an edge is
     * dragged; the drag is one undo step. Bands are kept best first.
     */
    public void editBands(List<org.healthscore.model.Band> bands, boolean stillDragging) {
        HealthModel current = vm.modelProperty().get();
        if (current == null) {
            return;
        }
        vm.liveEdit(org.healthscore.model.SegmentWeights.withBands(current, vm.segmentViewProperty().get(),
                vm.segmentColumn(), bands), stillDragging);
    }

    /** The bands of the current view (the chosen segment's, or the model's), best first. */
    public List<org.healthscore.model.Band> viewBands() {
        return viewBands(vm.modelProperty().get());
    }

    /** The bands of the current view in {@code model}, best first. */
    public List<org.healthscore.model.Band> viewBands(HealthModel model) {
        var seg = org.healthscore.model.SegmentWeights.find(model, vm.segmentViewProperty().get());
        return org.healthscore.model.Bands.descending(seg == null ? model.bands() : seg.bandsOr(model.bands()));
    }

    /** Moves one band's lower edge (index in {@link #viewBands()}), live while dragged on the histogram. */
    public void moveBandEdge(int index, double score, boolean stillDragging) {
        List<org.healthscore.model.Band> bands = viewBands();
        if (index < 0 || index >= bands.size() - 1) {
            return; // the lowest band always starts at 0
        }
        List<org.healthscore.model.Band> moved = org.healthscore.model.Bands.withEdge(bands, index, score);
        if (!moved.equals(bands) || !stillDragging) {
            editBands(moved, stillDragging);
        }
    }
}
