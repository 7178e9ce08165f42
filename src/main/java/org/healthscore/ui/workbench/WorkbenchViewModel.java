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
import org.healthscore.model.ModelProblem;

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
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Health Score Workbench");
    private final org.healthscore.store.RecentWorkspaces recentWorkspaces;
    private final javafx.collections.ObservableList<Path> recent = javafx.collections.FXCollections.observableArrayList();
    private EvaluationOptions options = new EvaluationOptions(HISTOGRAM_BINS,
            org.healthscore.engine.AccountFilter.ALL, true, 60);

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
        load("Opening " + file.getFileName() + "…", () -> LoadedWorkspace.open(prepare.apply(file)), null);
    }

    /** Creates a new, empty workspace and opens it. */
    public void create(Path file) {
        load("Creating " + file.getFileName() + "…", () -> LoadedWorkspace.create(file), null);
    }

    /** Reads the open workspace's data again (after an import), keeping the model being designed. */
    public void reload() {
        LoadedWorkspace current = workspace.get();
        if (current != null) {
            load("Reading " + current.workspace().name() + "…", current::reload, model.get());
        }
    }

    private void load(String message, java.util.function.Supplier<LoadedWorkspace> loader, HealthModel keepModel) {
        busy.set(true);
        status.set(message);
        background.execute(() -> {
            try {
                LoadedWorkspace loaded = loader.get();
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
        title.set(loaded.workspace().name() + " — Health Score Workbench");
        boolean keep = keepModel != null && !keepModel.metrics().isEmpty()
                && keepModel.metrics().stream().allMatch(m -> m.source().columns().stream()
                .allMatch(loaded.dataset()::hasColumn));
        setModel(keep ? keepModel : loaded.initialModel());
    }

    /** Runs work that uses the open workspace's connection on the workspace thread. */
    public <T> CompletableFuture<T> onWorkspace(java.util.function.Function<LoadedWorkspace, T> work) {
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        return CompletableFuture.supplyAsync(() -> work.apply(loaded), background);
    }

    /** Saves the current model as a named version in the workspace. */
    public CompletableFuture<org.healthscore.io.model.ModelVersions.Version> saveModelVersion(String name) {
        HealthModel current = model.get();
        return onWorkspace(w -> new org.healthscore.io.model.ModelVersions(w.workspace()).save(name, current))
                .whenCompleteAsync((v, e) -> status.set(e == null ? "Saved model version '" + v.name() + "'"
                        : "Not saved: " + ModelFileCommands.cause(e).getMessage()), fxThread);
    }

    public CompletableFuture<List<org.healthscore.io.model.ModelVersions.Version>> modelVersions() {
        return onWorkspace(w -> new org.healthscore.io.model.ModelVersions(w.workspace()).list());
    }

    /** Makes a saved version the current model. */
    public CompletableFuture<HealthModel> openModelVersion(long id) {
        return onWorkspace(w -> {
            try {
                return new org.healthscore.io.model.ModelVersions(w.workspace()).load(id);
            } catch (org.healthscore.io.model.ModelFileException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenCompleteAsync((m, e) -> {
            if (e != null) {
                status.set("Cannot open the model version: " + ModelFileCommands.cause(e).getMessage());
            } else {
                setModel(m);
                status.set("Opened model version '" + m.name() + "'");
            }
        }, fxThread);
    }

    /** A wizard importing into the open workspace, on the workspace thread. */
    public org.healthscore.ui.importer.ImportWizardViewModel importWizard() {
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            throw new IllegalStateException("Open a workspace first.");
        }
        return new org.healthscore.ui.importer.ImportWizardViewModel(loaded.workspace(), background, fxThread);
    }

    public javafx.collections.ObservableList<Path> recentWorkspaces() {
        return javafx.collections.FXCollections.unmodifiableObservableList(recent);
    }

    /** Replaces the model being designed and recomputes. */
    public void setModel(HealthModel newModel) {
        model.set(newModel);
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            return;
        }
        busy.set(true);
        recompute.submit(new RecomputeService.Request(loaded::engineFor, newModel, options));
    }

    private void apply(RecomputeResult r) {
        result.set(r);
        busy.set(false);
        error.set(null);
        LoadedWorkspace loaded = workspace.get();
        boolean lead = loaded.hasOutcomeDates();
        status.set(String.format(Locale.ROOT, "%s · %,d accounts · as of %s%s · recomputed in %.0f ms",
                loaded.workspace().name(), loaded.frame().size(), loaded.asOfDate(), lead ? String.format(Locale.ROOT,
                        " (accounts with an outcome scored %d days before it)", loaded.asOf().leadDays()) : "",
                r.millis()));
    }

    private void fail(Throwable e) {
        busy.set(false);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        error.set(message);
        status.set("Error: " + message);
    }

    /** Writes the current model, with the dataset and figures it was designed on, to a JSON file. */
    public CompletableFuture<Path> exportModel(Path file) {
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null || model.get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No model to export yet."));
        }
        return ModelFileCommands.export(file, model.get(), loaded, result.get(), background)
                .whenCompleteAsync((path, error) -> status.set(error == null ? "Model exported to " + path
                        : "Export failed: " + ModelFileCommands.cause(error).getMessage()), fxThread);
    }

    /**
     * Reads a model file and, only if it is valid for this workspace, makes it the current model. Completes with
     * the problems found (empty when the model was taken).
     */
    public CompletableFuture<List<ModelProblem>> importModel(Path file) {
        LoadedWorkspace loaded = workspace.get();
        if (loaded == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        return ModelFileCommands.read(file, loaded, background).thenApplyAsync(r -> {
            if (r.problems().isEmpty()) {
                setModel(r.model());
                status.set("Model imported from " + file.getFileName());
            }
            return r.problems();
        }, fxThread);
    }

    /** Closes the workspace on its own thread and waits for it, so that its lock is released on exit. */
    public void close() {
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
