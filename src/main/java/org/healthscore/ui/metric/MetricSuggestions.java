package org.healthscore.ui.metric;

import java.util.concurrent.CompletableFuture;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.Session;

/**
 * What the metric editor learns from outcomes for the user, each judged on held-out accounts: a metric's points
 * (Fit points from data, applied as one undo step) and thresholds (Suggest thresholds, applied by "Use these").
 * Computed on the workspace thread.
 */
public final class MetricSuggestions {
    private final Session vm;
    private final MetricCommands models;

    public MetricSuggestions(Session session, MetricCommands metrics) {
        this.vm = session;
        this.models = metrics;
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
        HealthModel current = vm.design().modelProperty().get();
        var metric = models.shown(current, key);
        if (metric == null) {
            return CompletableFuture.completedFuture(null);
        }
        // in a segment view, fitted on that segment's accounts and applied to them as its own points
        String view = vm.design().segmentViewProperty().get();
        String label = metric.label() + (view == null ? "" : " in " + view);
        vm.status().notify("Fitting points for " + label + " from churn (5 folds)…");
        var shown = vm.design().resultProperty().get();
        // the settled result on screen already has the metric's points; score again only if it is not this model's
        var settled = shown != null && shown.settled() && shown.model().equals(current) ? shown.scores() : null;
        return vm.onWorkspace(w -> {
            var engine = w.engineFor(current);
            var frame = engine.frame();
            var scores = settled != null ? settled : engine.score(current, org.healthscore.engine.Cancel.NEVER);
            var points = scores.points()[current.indexOf(key)];
            return org.healthscore.engine.calibration.MetricFitter.fit(metric, frame.metric(key), points,
                    frame.accounts().outcome(), new org.healthscore.engine.AccountFilter(view).mask(frame.accounts()), 5,
                    org.healthscore.engine.calibration.Folds.DEFAULT_SEED, cancelled::getAsBoolean);
        }).whenCompleteAsync((fit, e) -> {
            if (e != null && Errors.cause(e) instanceof java.util.concurrent.CancellationException) {
                vm.status().notify("Fitting points for " + label + " cancelled; nothing changed.");
            } else if (e != null) {
                vm.status().notify("Cannot fit points for " + label + ": " + Errors.cause(e).getMessage());
            } else if (fit.refusal() != null) {
                vm.status().notify("Cannot fit points for " + label + ": " + fit.refusal());
            } else if (java.util.Objects.equals(view, vm.design().segmentViewProperty().get())
                    && metric.equals(models.shown(vm.design().modelProperty().get(), key))) {
                models.editMetric(fit.fitted(), false);
                vm.status().notify(FitMessages.fitted(label, fit));
            }
        }, vm.fxThread());
    }

    /**
     * Cut points for a numeric metric's thresholds, chosen by information value on the accounts with an outcome —
     * in a segment view, that segment's, whose own points "Use these" then sets (computed in the background;
     * nothing changes until the user applies them).
     */
    public java.util.concurrent.CompletableFuture<org.healthscore.engine.ThresholdCheck> suggestThresholds(
            String key) {
        HealthModel current = vm.design().modelProperty().get();
        var metric = models.shown(current, key);
        String view = vm.design().segmentViewProperty().get();
        if (metric == null) {
            return java.util.concurrent.CompletableFuture.failedFuture(
                    new IllegalArgumentException("The model has no metric '" + key + "'."));
        }
        return vm.onWorkspace(w -> {
            var frame = w.engineFor(current).frame();
            // the other accounts' outcomes left out: the check learns and judges on the segment's alone
            byte[] outcome = org.healthscore.engine.AccountFilter.outcomesWithin(frame.accounts().outcome(),
                    new org.healthscore.engine.AccountFilter(view).mask(frame.accounts()));
            return org.healthscore.engine.ThresholdCheck.of(metric, frame.metric(key), outcome, 5,
                    org.healthscore.engine.calibration.Folds.DEFAULT_SEED, org.healthscore.engine.Cancel.NEVER);
        });
    }
}
