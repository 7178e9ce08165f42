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
    private EvaluationOptions options = new EvaluationOptions(HISTOGRAM_BINS,
            org.healthscore.engine.AccountFilter.ALL, true, 60);

    public WorkbenchViewModel(Executor background, Executor recomputeWorker, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
        this.recompute = new RecomputeService(recomputeWorker, fxThread, this::apply, this::fail);
    }

    /** Opens a workspace in the background; {@code prepare} may first create it (the sample on first run). */
    public void open(Path file, Function<Path, Path> prepare) {
        busy.set(true);
        status.set("Opening " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                LoadedWorkspace loaded = LoadedWorkspace.open(prepare.apply(file));
                fxThread.execute(() -> opened(loaded));
            } catch (RuntimeException e) {
                fxThread.execute(() -> fail(e));
            }
        });
    }

    private void opened(LoadedWorkspace loaded) {
        LoadedWorkspace previous = workspace.get();
        workspace.set(loaded);
        if (previous != null) {
            previous.close();
        }
        title.set(loaded.workspace().name() + " — Health Score Workbench");
        setModel(loaded.initialModel());
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
        status.set(String.format(Locale.ROOT, "%s · %,d accounts · as of %s (accounts with an outcome scored %d days "
                        + "before it) · recomputed in %.0f ms", loaded.workspace().name(), loaded.frame().size(),
                loaded.asOfDate(), loaded.asOf().leadDays(), r.millis()));
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

    public void close() {
        LoadedWorkspace loaded = workspace.get();
        if (loaded != null) {
            loaded.close();
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
