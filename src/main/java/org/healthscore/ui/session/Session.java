package org.healthscore.ui.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.healthscore.store.RecentWorkspaces;

/**
 * What every feature of the window shares: the open workspace, the model being designed with its figures, the
 * status line, what is selected, and the threads work runs on. Feature view-models take it; it knows none of
 * them, so no feature reaches back into the window that holds it.
 */
public final class Session {
    private final Executor background;
    private final Executor fxThread;
    private final StatusLine status = new StatusLine();
    private final OpenWorkspace workspace;
    private final ModelDesign design;
    private final StringProperty selectedMetric = new SimpleStringProperty();
    private final StringProperty accountToShow = new SimpleStringProperty();

    /**
     * @param background the workspace thread: the one that owns the workspace's connection
     * @param recomputeWorker where model edits are scored
     * @param fxThread where property changes happen (the FX thread in the app, the caller's in tests)
     */
    public Session(Executor background, Executor recomputeWorker, Executor fxThread, RecentWorkspaces recent) {
        this.background = background;
        this.fxThread = fxThread;
        this.workspace = new OpenWorkspace(background, fxThread, recent, status);
        this.design = new ModelDesign(recomputeWorker, fxThread, workspace.workspaceProperty()::get,
                workspace::isClosed, status);
        workspace.designWith(design);
    }

    public OpenWorkspace workspace() {
        return workspace;
    }

    public ModelDesign design() {
        return design;
    }

    public StatusLine status() {
        return status;
    }

    /** Runs work that uses the open workspace's connection on the workspace thread. */
    public <T> CompletableFuture<T> onWorkspace(Function<LoadedWorkspace, T> work) {
        return workspace.onWorkspace(work);
    }

    /** The metric the editor shows (by key), or null. */
    public StringProperty selectedMetricProperty() {
        return selectedMetric;
    }

    /** Set to an account id to open it in the Accounts tab (the Alerts list does, on Enter or a double-click). */
    public StringProperty accountToShowProperty() {
        return accountToShow;
    }

    /** The workspace thread. */
    public Executor background() {
        return background;
    }

    public Executor fxThread() {
        return fxThread;
    }
}
