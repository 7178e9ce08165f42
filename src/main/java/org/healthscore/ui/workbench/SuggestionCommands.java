package org.healthscore.ui.workbench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthscore.model.HealthModel;

/**
 * What the workbench learns from outcomes for the user, each judged on held-out accounts and applied as one
 * undo step: a metric's points (Fit points from data), thresholds (Suggest thresholds, applied by "Use these"),
 * and band edges (Suggest band edges). Computed on the workspace thread.
 */
public final class SuggestionCommands {
    private final WorkbenchViewModel vm;
    private final ModelCommands models;

    SuggestionCommands(WorkbenchViewModel vm, ModelCommands models) {
        this.vm = vm;
        this.models = models;
    }

    /**
     * Fits a metric's points from churn (bins or a line, or category points, and the missing policy), learned on
     * each fold's training part and cross-validated, on the accounts and at the lead time of the headline figures.
     * Applied as one undo step, so the charts preview it at once; the status line says the AUC before and after,
     * and plainly when the fit is not better. A column that cannot be learned from is refused with its reason.
     */
    public CompletableFuture<org.healthscore.engine.calibration.MetricFitter> fitPoints(String key) {
        return fitPoints(key, () -> false);
    }

    /** As {@link #fitPoints(String)}, stopped (nothing changes) when {@code cancelled} turns true. */
    public CompletableFuture<org.healthscore.engine.calibration.MetricFitter> fitPoints(String key,
            java.util.function.BooleanSupplier cancelled) {
        HealthModel current = vm.modelProperty().get();
        var metric = current == null ? null : current.metric(key).orElse(null);
        if (metric == null) {
            return CompletableFuture.completedFuture(null);
        }
        vm.notify("Fitting points for " + metric.label() + " from churn (5 folds)…");
        var shown = vm.resultProperty().get();
        // the settled result on screen already has the metric's points; score again only if it is not this model's
        var settled = shown != null && shown.options().exact() && shown.model().equals(current) ? shown.scores() : null;
        return vm.onWorkspace(w -> {
            var engine = w.engineFor(current);
            var frame = engine.frame();
            var scores = settled != null ? settled : engine.score(current, org.healthscore.engine.Cancel.NEVER);
            var points = scores.points()[current.indexOf(key)];
            return org.healthscore.engine.calibration.MetricFitter.fit(metric, frame.metric(key), points,
                    frame.accounts().outcome(), 5, org.healthscore.engine.calibration.Folds.DEFAULT_SEED,
                    cancelled::getAsBoolean);
        }).whenCompleteAsync((fit, e) -> {
            if (e != null && ModelFileCommands.cause(e) instanceof java.util.concurrent.CancellationException) {
                vm.notify("Fitting points for " + metric.label() + " cancelled; nothing changed.");
            } else if (e != null) {
                vm.notify("Cannot fit points for " + metric.label() + ": " + ModelFileCommands.cause(e).getMessage());
            } else if (fit.refusal() != null) {
                vm.notify("Cannot fit points for " + metric.label() + ": " + fit.refusal());
            } else if (metric.equals(vm.modelProperty().get().metric(key).orElse(null))) {
                models.editMetric(fit.fitted(), false);
                vm.notify(FitMessages.fitted(metric.label(), fit));
            }
        }, vm.fxThread());
    }

    /**
     * Cut points for a numeric metric's thresholds, chosen by information value on the accounts with an outcome
     * (computed in the background; nothing changes until the user applies them with {@link #editMetric}).
     */
    public java.util.concurrent.CompletableFuture<org.healthscore.engine.ThresholdCheck> suggestThresholds(
            String key) {
        HealthModel current = vm.modelProperty().get();
        var metric = current == null ? null : current.metric(key).orElse(null);
        if (metric == null) {
            return java.util.concurrent.CompletableFuture.failedFuture(
                    new IllegalArgumentException("The model has no metric '" + key + "'."));
        }
        return vm.onWorkspace(w -> {
            var frame = w.engineFor(current).frame();
            return org.healthscore.engine.ThresholdCheck.of(metric, frame.metric(key), frame.accounts().outcome(), 5,
                    org.healthscore.engine.calibration.Folds.DEFAULT_SEED, org.healthscore.engine.Cancel.NEVER);
        });
    }

    /**
     * Suggests band edges for the current view (all accounts, or the chosen segment's) from the exact scores on
     * screen and their outcomes, cross-validated; applies them as one undo step so every chart previews them.
     */
    public CompletableFuture<org.healthscore.engine.calibration.BandEdgeSuggestion> suggestBandEdges() {
        var result = vm.resultProperty().get();
        HealthModel model = vm.modelProperty().get();
        if (result == null || model == null || !result.options().exact() || !result.model().equals(model)) {
            return CompletableFuture.failedFuture(new IllegalStateException("wait for the scores to settle, then try "
                    + "again"));
        }
        List<org.healthscore.model.Band> bands = models.viewBands(model);
        String view = vm.segmentViewProperty().get();
        var scores = result.scores();
        return vm.onWorkspace(w -> {
            var accounts = scores.frame().accounts();
            boolean[] include = null;
            if (view != null && accounts.segment() != null) {
                include = new boolean[accounts.size()];
                for (int i = 0; i < include.length; i++) {
                    include[i] = view.equals(accounts.segment().category(i));
                }
            }
            double[] current = bands.stream().mapToDouble(org.healthscore.model.Band::lowerBound).toArray();
            return org.healthscore.engine.calibration.BandEdgeSuggestion.suggest(scores.score(), accounts.outcome(),
                    include, current, 5, org.healthscore.engine.calibration.Folds.DEFAULT_SEED,
                    org.healthscore.engine.Cancel.NEVER);
        }).whenCompleteAsync((s, e) -> {
            if (e == null && model.equals(vm.modelProperty().get())) {
                List<org.healthscore.model.Band> moved = new java.util.ArrayList<>();
                for (int b = 0; b < bands.size(); b++) {
                    org.healthscore.model.Band old = bands.get(b);
                    moved.add(new org.healthscore.model.Band(old.name(), s.lowerBounds()[b], old.color(), old.playbook()));
                }
                models.editBands(moved, false);
            }
        }, vm.fxThread());
    }
}
