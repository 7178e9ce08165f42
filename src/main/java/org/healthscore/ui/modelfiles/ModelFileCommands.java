package org.healthscore.ui.modelfiles;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthscore.model.HealthModel;
import org.healthscore.model.ModelProblem;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/** The model as a file and as saved versions: export, import, save and open a version, start from a template. */
public final class ModelFileCommands {
    private final Session vm;

    public ModelFileCommands(Session session) {
        this.vm = session;
    }

    /** Writes the current model, with the dataset and figures it was designed on, to a JSON file. */
    public CompletableFuture<Path> exportModel(Path file) {
        LoadedWorkspace loaded = vm.workspace().workspaceProperty().get();
        if (loaded == null || vm.design().modelProperty().get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No model to export yet."));
        }
        return ModelFileIo.export(file, vm.design().modelProperty().get(), loaded, vm.design().resultProperty().get(), vm.background())
                .whenCompleteAsync((path, error) -> vm.status().notify(error == null ? "Model exported to " + path
                        : "Export failed: " + Errors.cause(error).getMessage()), vm.fxThread());
    }

    /**
     * Reads a model file and, only if it is valid for this workspace, makes it the current model. Completes with
     * the problems found (empty when the model was taken).
     */
    public CompletableFuture<List<ModelProblem>> importModel(Path file) {
        LoadedWorkspace loaded = vm.workspace().workspaceProperty().get();
        if (loaded == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        return ModelFileIo.read(file, loaded, vm.background()).thenApplyAsync(r -> {
            if (r.problems().isEmpty()) {
                vm.design().setModel(r.model());
                vm.status().notify("Model imported from " + file.getFileName());
            }
            return r.problems();
        }, vm.fxThread());
    }

    /** Saves the current model as a named version in the workspace. */
    public CompletableFuture<org.healthscore.io.model.ModelVersions.Version> saveModelVersion(String name) {
        HealthModel current = vm.design().modelProperty().get();
        return vm.onWorkspace(w -> new org.healthscore.io.model.ModelVersions(w.workspace()).save(name, current))
                .whenCompleteAsync((v, e) -> {
                    vm.status().notify(e == null ? "Saved model version '" + v.name() + "'"
                            : "Not saved: " + Errors.cause(e).getMessage());
                    if (e == null) {
                        vm.design().savedAs(current, v.name());
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
                vm.status().notify("Cannot open the model version: " + Errors.cause(e).getMessage());
            } else {
                vm.design().setModel(m);
                vm.design().markSaved(m); // as saved as it gets: no unsaved-changes marker or question for it
                vm.status().notify("Opened model version '" + m.name() + "'");
            }
        }, vm.fxThread());
    }

    /** Starts over from a starter template (undoable). */
    public void newModelFrom(HealthModel template) {
        LoadedWorkspace loaded = vm.workspace().workspaceProperty().get();
        List<org.healthscore.model.Metric> usable = template.metrics().stream()
                .filter(m -> loaded == null || m.source().columns().stream().allMatch(loaded.dataset()::hasColumn))
                .toList();
        vm.design().setModel(template.withMetrics(usable));
    }
}
