package org.healthscore.ui.metric;

import java.util.concurrent.CompletableFuture;
import org.healthscore.model.HealthModel;
import org.healthscore.model.SegmentWeights;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/** Edits of the model's metrics: add one from a column, remove, reorder, change its source or definition. */
public final class MetricCommands {
    private final Session vm;

    public MetricCommands(Session session) {
        this.vm = session;
    }

    /** Removes a metric from the model (undoable). */
    public void removeMetric(String key) {
        HealthModel current = vm.design().modelProperty().get();
        if (current != null && current.indexOf(key) >= 0) {
            vm.design().setModel(current.withMetrics(current.metrics().stream().filter(m -> !m.key().equals(key)).toList()));
        }
    }

    /** Adds a metric reading one workspace column, its points fitted to churn where it can be (undoable). */
    public CompletableFuture<org.healthscore.model.Metric> addMetric(String column) {
        HealthModel current = vm.design().modelProperty().get();
        vm.status().notify("Adding a metric for " + column + " (its points fitted to churn when the workspace has outcomes)…");
        return vm.onWorkspace(w -> MetricFactory.forColumn(w, column, current)).whenCompleteAsync((m, e) -> {
            if (e != null) {
                vm.status().notify("Cannot add a metric for " + column + ": " + Errors.cause(e).getMessage());
            } else {
                java.util.List<org.healthscore.model.Metric> metrics = new java.util.ArrayList<>(vm.design().modelProperty().get().metrics());
                metrics.add(m);
                vm.design().setModel(vm.design().modelProperty().get().withMetrics(metrics));
                vm.selectedMetricProperty().set(m.key()); // a new metric wants its normalization set up next
            }
        }, vm.fxThread());
    }

    /** Moves a metric up (-1) or down (+1) in the list; order never changes a score, only how it reads. */
    public void moveMetric(String key, int delta) {
        HealthModel current = vm.design().modelProperty().get();
        int i = current == null ? -1 : current.indexOf(key);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= current.metrics().size()) {
            return;
        }
        java.util.List<org.healthscore.model.Metric> metrics = new java.util.ArrayList<>(current.metrics());
        java.util.Collections.swap(metrics, i, j);
        vm.design().setModel(current.withMetrics(metrics));
    }

    /** Freezes a metric's normalization as percentile bins of its values in this workspace (undoable). */
    public CompletableFuture<Void> percentileBins(String key, int groups) {
        HealthModel current = vm.design().modelProperty().get();
        var metric = current == null ? null : current.metric(key).orElse(null);
        if (metric == null || vm.design().resultProperty().get() == null) {
            return CompletableFuture.completedFuture(null);
        }
        var shownNow = shown(current, key); // in a segment view, of its accounts' values, as its own points
        String view = vm.design().segmentViewProperty().get();
        return computeAndEdit(metric, "Cannot make percentile bins: ", w -> {
            var frame = w.engineFor(current).frame();
            return shownNow.withNormalization(org.healthscore.engine.PercentileBins.of(
                    frame.metric(key).keep(new org.healthscore.engine.AccountFilter(view).mask(frame.accounts())),
                    groups, shownNow.direction()));
        });
    }

    /**
     * Reads a metric from another source — a column, a ratio of two, or a column's change over a number of days
     * (undoable). When the new values are categories and the normalization is numeric (or the other way round),
     * the normalization starts over from a default for the new values. A source the data cannot give numbers
     * for is refused with a message; the future completes either way.
     */
    public CompletableFuture<Void> changeSource(String key, org.healthscore.model.MetricSource source) {
        HealthModel current = vm.design().modelProperty().get();
        var metric = current == null ? null : current.metric(key).orElse(null);
        if (metric == null || metric.source().equals(source)) {
            return CompletableFuture.completedFuture(null);
        }
        var moved = new org.healthscore.model.Metric(metric.key(), metric.label(), source, metric.direction(),
                metric.normalization(), metric.missing(), metric.stalenessDays(), metric.weight());
        var shownMoved = shown(current, key);
        var movedAsShown = new org.healthscore.model.Metric(key, metric.label(), source, shownMoved.direction(),
                shownMoved.normalization(), shownMoved.missing(), metric.stalenessDays(), metric.weight());
        return computeAndEdit(metric, "Cannot read " + metric.label() + " from there: ", w -> {
            w.dataset().checkSource(source);
            var raw = w.frameAssembler().resolve(moved, w.frame().asOfDays());
            boolean categories = moved.normalization() instanceof org.healthscore.model.Normalization.Categorical;
            // values of the same kind keep the points on screen; another kind starts the metric's points over (and
            // computeAndEdit then drops every segment's own points for it, which no longer fit)
            return raw.isCategorical() == categories ? movedAsShown
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
                vm.status().notify(cannot + Errors.cause(e).getMessage());
            } else if (before.equals(vm.design().modelProperty().get().metric(before.key()).orElse(null))) {
                if (changed.normalization().getClass() != before.normalization().getClass()
                        && (changed.normalization() instanceof org.healthscore.model.Normalization.Categorical
                        || before.normalization() instanceof org.healthscore.model.Normalization.Categorical)) {
                    // values of another kind: the metric's points started over, and no segment's own still fit
                    vm.design().setModel(withoutSegmentPoints(vm.design().modelProperty().get().withMetric(changed),
                            changed.key()));
                } else {
                    editMetric(changed, false);
                }
            }
        }, vm.fxThread()).handle((changed, e) -> (Void) null);
    }

    /**
     * Replaces one metric's definition (normalization, direction, missing policy, source, staleness). In a segment
     * view its points (direction, normalization, missing policy) become that segment's own and the rest the
     * metric's, as weights edited there are the segment's. While a control is still being dragged the figures
     * follow live; the whole drag is one undo step.
     */
    public void editMetric(org.healthscore.model.Metric changed, boolean stillDragging) {
        HealthModel current = vm.design().modelProperty().get();
        var metric = current == null ? null : current.metric(changed.key()).orElse(null);
        if (metric == null) {
            return;
        }
        String view = vm.design().segmentViewProperty().get();
        if (view == null) {
            vm.design().liveEdit(current.withMetric(changed), stillDragging);
            return;
        }
        var redefined = new org.healthscore.model.Metric(metric.key(), metric.label(), changed.source(),
                metric.direction(), metric.normalization(), metric.missing(), changed.stalenessDays(), metric.weight());
        HealthModel next = current.withMetric(redefined);
        var own = org.healthscore.model.SegmentPoints.of(changed);
        if (!own.equals(org.healthscore.model.SegmentPoints.of(SegmentWeights.scoredIn(next, view, redefined)))) {
            next = SegmentWeights.withPoints(next, view, vm.workspace().segmentColumn(), changed.key(), own);
        }
        vm.design().liveEdit(next, stillDragging);
    }

    private static HealthModel withoutSegmentPoints(HealthModel model, String key) {
        return model.withSegments(model.segments().stream().map(s -> s.withPoints(key, null)).toList());
    }

    /** The metric as the figures on screen score it: in a segment view, with that segment's own points. */
    public org.healthscore.model.Metric shown(HealthModel model, String key) {
        var metric = model == null || key == null ? null : model.metric(key).orElse(null);
        return metric == null ? null : SegmentWeights.scoredIn(model, vm.design().segmentViewProperty().get(), metric);
    }

    /** Whether the segment on screen has points of its own for this metric. */
    public boolean hasOwnPoints(String key) {
        var seg = SegmentWeights.find(vm.design().modelProperty().get(), vm.design().segmentViewProperty().get());
        return seg != null && seg.points().containsKey(key);
    }

    /** The segment on screen scores this metric by the model's points again (undoable). */
    public void useModelPoints(String key) {
        HealthModel current = vm.design().modelProperty().get();
        String view = vm.design().segmentViewProperty().get();
        if (current != null && view != null && hasOwnPoints(key)) {
            vm.design().setModel(SegmentWeights.withPoints(current, view, vm.workspace().segmentColumn(), key, null));
        }
    }
}
