package org.healthscore.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.HealthModel;

/**
 * State of the workbench window: the open workspace, the model being designed, and the latest recompute.
 * No controls here; views bind to the read-only properties and call the command methods. All property
 * changes happen on the thread {@code fxThread} runs on (the FX thread in the app, the caller's in tests).
 */
public final class WorkbenchViewModel {
    /** Histogram bins shown: 20 bins of 5 points line up with the default band edges 40/60/80. */
    public static final int HISTOGRAM_BINS = 20;

    private final Executor background;
    private final Executor fxThread;
    private final RecomputeService recompute;
    private final ReadOnlyObjectWrapper<LoadedWorkspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HealthModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecomputeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** From asking to open (or re-read) a workspace until its first result is shown or the opening fails. */
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Health Score Workbench");
    private final ReadOnlyObjectWrapper<RecomputeResult> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> segmentView = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableList<String> segmentValues = javafx.collections.FXCollections
            .observableArrayList();
    private final javafx.beans.property.SimpleStringProperty selectedMetric = new javafx.beans.property.SimpleStringProperty();
    /** An account another view asked to show in the Accounts tab (its id), or null. */
    private final javafx.beans.property.SimpleStringProperty accountToShow = new javafx.beans.property.SimpleStringProperty();
    private final ModelHistory history = new ModelHistory();
    private final ModelCommands models = new ModelCommands(this);
    private final WorkspaceCommands workspaces = new WorkspaceCommands(this);
    private final WeightCommands weights = new WeightCommands(this);
    private HealthModel savedModel;
    private HealthModel dragStart;
    private String workspaceName;
    private volatile boolean closed;
    private final org.healthscore.store.RecentWorkspaces recentWorkspaces;
    private final javafx.collections.ObservableList<Path> recent = javafx.collections.FXCollections.observableArrayList();
    /** How the window evaluates at first: every account, exact figures, "at risk" below 60. */
    static final EvaluationOptions START_OPTIONS = new EvaluationOptions(HISTOGRAM_BINS,
            org.healthscore.engine.AccountFilter.ALL, true, 60);
    private EvaluationOptions options = START_OPTIONS;

    public WorkbenchViewModel(Executor background, Executor recomputeWorker, Executor fxThread) {
        this(background, recomputeWorker, fxThread, org.healthscore.store.RecentWorkspaces.inDataDir());
    }

    public WorkbenchViewModel(Executor background, Executor recomputeWorker, Executor fxThread,
                              org.healthscore.store.RecentWorkspaces recentWorkspaces) {
        this.background = background;
        this.recentWorkspaces = recentWorkspaces;
        this.recent.setAll(recentWorkspaces.list());
        this.fxThread = fxThread;
        this.recompute = new RecomputeService(recomputeWorker, fxThread, this::apply, this::fail);
    }

    /** Opens a workspace in the background; {@code prepare} may first create it (the sample on first run). */
    public void open(Path file, Function<Path, Path> prepare) {
        load("Opening " + file.getFileName(), p -> LoadedWorkspace.openOrReadOnly(prepare.apply(file), p), null);
    }

    /** Opens a workspace read-only: nothing of it can change (a colleague's, or one on a read-only share). */
    public void openReadOnly(Path file) {
        load("Opening " + file.getFileName() + " read-only", p -> LoadedWorkspace.openReadOnly(file, p), null);
    }

    /** Creates a new, empty workspace and opens it. */
    public void create(Path file) {
        load("Creating " + file.getFileName(), p -> LoadedWorkspace.create(file), null);
    }

    /** Reads the open workspace's data again (after an import), keeping the model being designed. */
    public void reload() {
        LoadedWorkspace current = workspace.get();
        if (current != null) {
            load("Reading " + current.workspace().name(), current::reload, model.get());
        }
    }

    private void load(String message, Function<org.healthscore.store.LoadListener, LoadedWorkspace> loader,
                      HealthModel keepModel) {
        busy.set(true);
        opening.set(true);
        status.set(message + "…");
        LoadProgress progress = new LoadProgress(message, status::set, fxThread);
        background.execute(() -> {
            try {
                LoadedWorkspace loaded = loader.apply(progress);
                fxThread.execute(() -> opened(loaded, keepModel));
            } catch (RuntimeException e) {
                fxThread.execute(() -> fail(e));
            }
        });
    }

    private void opened(LoadedWorkspace loaded, HealthModel keepModel) {
        LoadedWorkspace previous = workspace.get();
        workspace.set(loaded);
        if (previous != null && previous.workspace() != loaded.workspace()) {
            background.execute(previous::close); // the connection belongs to the workspace thread
        }
        recent.setAll(recentWorkspaces.remember(loaded.file()));
        workspaceName = loaded.workspace().name();
        boolean keep = keepModel != null && !keepModel.metrics().isEmpty()
                && keepModel.metrics().stream().allMatch(m -> m.source().columns().stream()
                .allMatch(loaded.dataset()::hasColumn));
        var seg = loaded.dataset().accounts().segment();
        segmentValues.setAll(seg == null || !seg.isCategorical() ? List.of() : List.of(seg.categories()));
        segmentView.set(null);
        options = options.withFilter(org.healthscore.engine.AccountFilter.ALL);
        history.clear();
        baseline.set(null);
        HealthModel start = keep ? keepModel : loaded.initialModel();
        savedModel = start;
        setModel(start);
    }

    /** Runs work that uses the open workspace's connection on the workspace thread. */
    public <T> CompletableFuture<T> onWorkspace(java.util.function.Function<LoadedWorkspace, T> work) {
        LoadedWorkspace loaded = workspace.get();
        if (closed) {
            return new CompletableFuture<>(); // closing: the work would find the workspace gone
        }
        if (loaded == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        return CompletableFuture.supplyAsync(() -> work.apply(loaded), background);
    }

    public javafx.collections.ObservableList<Path> recentWorkspaces() {
        return javafx.collections.FXCollections.unmodifiableObservableList(recent);
    }

    /** Replaces the model being designed (as one undoable edit) and recomputes. */
    public void setModel(HealthModel newModel) {
        if (model.get() != null && !model.get().equals(newModel)) {
            history.recordEdit(model.get());
            baseline.set(result.get());
        }
        show(newModel, true);
    }

    private void show(HealthModel newModel, boolean exact) {
        if (closed) {
            return;
        }
        model.set(newModel);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(savedModel != null && !savedModel.equals(newModel));
        updateTitle();
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            return;
        }
        busy.set(true);
        recompute.submit(new RecomputeService.Request(loaded::engineFor, newModel, options.withExact(exact)));
    }

    /** Shows an edit that may be one step of a drag: live (binned AUC) while dragging, one undo step in all. */
    void liveEdit(HealthModel next, boolean stillDragging) {
        if (dragStart == null) {
            dragStart = model.get();
            baseline.set(result.get());
        }
        if (!stillDragging) {
            history.recordEdit(dragStart);
            dragStart = null;
        }
        show(next, !stillDragging);
    }

    public void undo() {
        HealthModel previous = history.undo(model.get());
        if (previous != null) {
            baseline.set(result.get());
            show(previous, true);
        }
    }

    public void redo() {
        HealthModel next = history.redo(model.get());
        if (next != null) {
            baseline.set(result.get());
            show(next, true);
        }
    }

    /** Shows all accounts (null) or one segment; weight edits then apply to that segment. */
    public void setSegmentView(String segmentValue) {
        segmentView.set(segmentValue);
        options = options.withFilter(segmentValue == null ? org.healthscore.engine.AccountFilter.ALL
                : new org.healthscore.engine.AccountFilter(segmentValue));
        baseline.set(null);
        if (model.get() != null) {
            show(model.get(), true);
        }
    }

    private void apply(RecomputeResult r) {
        result.set(r);
        busy.set(false);
        opening.set(false);
        error.set(null);
        LoadedWorkspace loaded = workspace.get();
        boolean lead = loaded.hasOutcomeDates();
        status.set(String.format(Locale.ROOT, "%s%s · %,d accounts · as of %s%s · recomputed in %.0f ms",
                loaded.workspace().name(), loaded.workspace().isReadOnly() ? " (read-only: versions and imports need a "
                        + "workspace you can write to)" : "", loaded.frame().size(), loaded.asOfDate(), lead ? String.format(Locale.ROOT,
                        " (accounts with an outcome scored %d days before it)", loaded.asOf().leadDays()) : "",
                r.millis()));
    }

    private void fail(Throwable e) {
        busy.set(false);
        opening.set(false);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        error.set(message);
        status.set("Error: " + message);
    }

    /** Closes the workspace on its own thread and waits for it, so that its lock is released on exit. */
    public void close() {
        closed = true;
        LoadedWorkspace loaded = workspace.get();
        if (loaded != null) {
            try {
                CompletableFuture.runAsync(loaded::close, background).get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                java.util.logging.Logger.getLogger(WorkbenchViewModel.class.getName())
                        .warning("workspace not closed cleanly: " + e);
            }
        }
    }

    /** "name — Health Score Workbench", with a * while the model has changes not saved as a version. */
    private void updateTitle() {
        if (workspaceName != null) {
            LoadedWorkspace w = workspace.get();
            boolean readOnly = w != null && w.workspace().isReadOnly();
            title.set((dirty.get() ? "* " : "") + workspaceName + (readOnly ? " (read-only)" : "")
                    + " — Health Score Workbench");
        }
    }

    /** The metric the editor shows (by key), or null. */
    /** Set to an account id to open it in the Accounts tab (the Alerts list does, on Enter or a double-click). */
    public javafx.beans.property.StringProperty accountToShowProperty() {
        return accountToShow;
    }

    public javafx.beans.property.StringProperty selectedMetricProperty() {
        return selectedMetric;
    }

    /** Export/import of model files and saved model versions. */
    public ModelCommands models() {
        return models;
    }

    /** Weights as shares: drag, type, lock. */
    public WeightCommands weights() {
        return weights;
    }

    /** Workspace-level commands: the as-of date, the import wizard. */
    public WorkspaceCommands workspaces() {
        return workspaces;
    }

    /** Shows the same workspace framed differently (another as-of date) and recomputes the model on it. */
    void reframe(LoadedWorkspace next, String message) {
        workspace.set(next); // same workspace file and connection: nothing to close
        baseline.set(result.get());
        status.set(message);
        show(model.get(), true);
    }

    void busy(String message) {
        busy.set(true);
        status.set(message);
    }

    String segmentColumn() {
        LoadedWorkspace loaded = workspace.get();
        return loaded == null ? null : loaded.dataset().accounts().segmentColumn();
    }

    /**
     * After a save as a named version: the model takes the version's name (as a document saved under a new name
     * does) unless it was edited meanwhile; a name is no edit, so no undo step.
     */
    void savedAs(HealthModel current, String name) {
        HealthModel named = current.withName(name);
        if (current.equals(model.get()) && !named.equals(current)) {
            RecomputeResult shown = result.get();
            if (shown != null && shown.model().equals(current) && shown.options().exact()) {
                model.set(named); // the figures on screen are this model's: renamed, not recomputed
                result.set(shown.renamed(name));
            } else {
                savedModel = named;
                show(named, true); // a result for it is still on its way: ask for one under the new name
            }
        }
        markSaved(named);
    }

    /** After a save: the model now matches its saved version. */
    void markSaved(HealthModel saved) {
        savedModel = saved;
        dirty.set(!saved.equals(model.get()));
        updateTitle();
    }

    Executor background() {
        return background;
    }

    Executor fxThread() {
        return fxThread;
    }

    /** A short message for the status bar (e.g. a chart was saved). */
    public void notify(String message) {
        status.set(message);
    }

    public ReadOnlyObjectProperty<RecomputeResult> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> segmentViewProperty() {
        return segmentView.getReadOnlyProperty();
    }

    public javafx.collections.ObservableList<String> segmentValues() {
        return segmentValues;
    }

    public ReadOnlyObjectProperty<LoadedWorkspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HealthModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecomputeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a workspace is being opened or read again, until its first result is on screen. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
