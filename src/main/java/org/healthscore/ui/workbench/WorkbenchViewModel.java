package org.healthscore.ui.workbench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.healthscore.store.RecentWorkspaces;
import org.healthscore.ui.alerts.AlertsViewModel;
import org.healthscore.ui.backtest.BacktestViewModel;
import org.healthscore.ui.bands.BandCommands;
import org.healthscore.ui.compare.CompareViewModel;
import org.healthscore.ui.compare.ScenarioCommands;
import org.healthscore.ui.drift.DriftViewModel;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.metric.MetricCommands;
import org.healthscore.ui.metric.MetricSuggestions;
import org.healthscore.ui.modelfiles.ModelFileCommands;
import org.healthscore.ui.overrides.OverridesViewModel;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.signals.SignalsViewModel;
import org.healthscore.ui.weights.WeightCommands;
import org.healthscore.ui.workspace.WorkspaceCommands;

/**
 * The window's view-model: the {@link Session} every feature shares and each feature's commands, built here
 * and handed to the feature views. The features know the session, never this class, so none reaches back.
 */
public final class WorkbenchViewModel {
    private final Session session;
    private final MetricCommands metrics;
    private final MetricSuggestions metricSuggestions;
    private final BandCommands bands;
    private final WeightCommands weights;
    private final ModelFileCommands files;
    private final WorkspaceCommands workspaces;
    private final BacktestViewModel backtest;
    private final AlertsViewModel alerts;
    private final SignalsViewModel signals;
    private final CompareViewModel compare;
    private final DriftViewModel drift;
    private final OverridesViewModel overrides;
    private final java.util.concurrent.ExecutorService driftWatch = FxExecutors.single("drift-watch");

    /**
     * @param background the workspace thread (owns the connection)
     * @param recomputeWorker where model edits are scored
     * @param tabWorker where the Backtest, Alerts and What-dropped-first tabs compute, beside the other two
     * @param fxThread where state changes (the FX thread in the app, the caller's in tests)
     */
    public WorkbenchViewModel(Executor background, Executor recomputeWorker, Executor tabWorker, Executor fxThread,
                              RecentWorkspaces recentWorkspaces) {
        this.session = new Session(background, recomputeWorker, fxThread, recentWorkspaces);
        this.metrics = new MetricCommands(session);
        this.metricSuggestions = new MetricSuggestions(session, metrics);
        this.bands = new BandCommands(session);
        this.weights = new WeightCommands(session);
        this.files = new ModelFileCommands(session);
        this.workspaces = new WorkspaceCommands(session);
        this.overrides = new OverridesViewModel(session, tabWorker);
        this.backtest = new BacktestViewModel(session, workspaces, tabWorker, overrides.allProperty());
        this.alerts = new AlertsViewModel(session, tabWorker);
        this.signals = new SignalsViewModel(session, tabWorker);
        this.compare = new CompareViewModel(session, new ScenarioCommands(session), tabWorker);
        this.drift = new DriftViewModel(session, tabWorker, driftWatch);
    }

    public Session session() {
        return session;
    }

    /** Add, remove, reorder and redefine metrics. */
    public MetricCommands metrics() {
        return metrics;
    }

    /** Fit points and Suggest thresholds for a metric. */
    public MetricSuggestions metricSuggestions() {
        return metricSuggestions;
    }

    /** The bands of the current view: edit, move an edge, suggest edges. */
    public BandCommands bands() {
        return bands;
    }

    /** Weights as shares: drag, type, lock. */
    public WeightCommands weights() {
        return weights;
    }

    /** Export/import of model files and saved model versions. */
    public ModelFileCommands files() {
        return files;
    }

    /** Workspace-level commands: the as-of date, the lead time, the import wizard. */
    public WorkspaceCommands workspaces() {
        return workspaces;
    }

    public BacktestViewModel backtest() {
        return backtest;
    }

    public AlertsViewModel alerts() {
        return alerts;
    }

    public SignalsViewModel signals() {
        return signals;
    }

    /** The Compare tab, and the scenarios it compares the model on screen with. */
    public CompareViewModel compare() {
        return compare;
    }

    /** The Drift tab: has the customer base moved? */
    public DriftViewModel drift() {
        return drift;
    }

    /** The CSM overrides of the workspace and the figures after them. */
    public OverridesViewModel overrides() {
        return overrides;
    }

    /** Closes the workspace on its own thread without waiting; the future completes when it is closed. */
    public CompletableFuture<Void> close() {
        return session.workspace().close().whenComplete((done, error) -> driftWatch.shutdown());
    }
}
