package org.healthscore.ui.modelfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelFileException;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.io.model.Provenance;
import org.healthscore.model.HealthModel;
import org.healthscore.model.ModelProblem;
import org.healthscore.store.WholeFiles;
import org.healthscore.ui.session.LoadedWorkspace;

/** Export and import of model files, off the FX thread. */
final class ModelFileIo {
    private ModelFileIo() {
    }

    /** Writes the model with its provenance; written beside and moved into place, so a failure leaves no half file. */
    static CompletableFuture<Path> export(Path file, HealthModel model, LoadedWorkspace ws, RecomputeResult result,
                                          Executor background) {
        return CompletableFuture.supplyAsync(() -> {
            var provenance = result == null ? null : Provenance.of(ws.workspace().name(), ws.asOfDate(),
                    ws.asOf().leadDays(), result.evaluation());
            String json = ModelJsonWriter.write(new ModelDocument(model, java.time.Instant.now().toString(),
                    System.getProperty("user.name"), provenance));
            try {
                WholeFiles.writeString(file, json);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }, background);
    }

    /** Reads and validates against the open workspace's columns; problems instead of a model when invalid. */
    static CompletableFuture<Result> read(Path file, LoadedWorkspace ws, Executor background) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new Result(ModelJsonReader.read(file, ws.dataset()::hasColumn).model(), List.of());
            } catch (ModelFileException e) {
                return new Result(null, e.problems());
            }
        }, background);
    }

    /** A model, or the problems that kept it out. */
    record Result(HealthModel model, List<ModelProblem> problems) {
    }
}
