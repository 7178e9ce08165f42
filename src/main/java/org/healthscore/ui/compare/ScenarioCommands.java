package org.healthscore.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelFileException;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.io.model.Scenarios;
import org.healthscore.model.HealthModel;
import org.healthscore.store.WholeFiles;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.Session;

/**
 * Model → Save as scenario… and Model → Scenarios…: what-if models saved by name in the workspace, listed for the
 * Compare tab, renamed, deleted, exported as model files. The work runs on the workspace thread; the list and the
 * status line change on the FX thread.
 */
public final class ScenarioCommands {
    private final Session session;
    private final ObservableList<Scenarios.Scenario> scenarios = FXCollections.observableArrayList();

    public ScenarioCommands(Session session) {
        this.session = session;
        session.workspace().workspaceProperty().addListener((o, was, now) -> {
            if (now == null) {
                scenarios.clear();
            } else if (was == null || was.workspace() != now.workspace()) {
                refresh();
            }
        });
    }

    /** The workspace's scenarios, in saving order. */
    public ObservableList<Scenarios.Scenario> scenarios() {
        return scenarios;
    }

    /** Saves {@code model} (the one on screen, or a preview) as scenario {@code name}; replaces one of that name. */
    public CompletableFuture<Scenarios.Scenario> save(String name, HealthModel model) {
        return tell(session.onWorkspace(w -> new Scenarios(w.workspace()).save(name, model)),
                s -> "Saved as scenario \u201c" + s.name() + "\u201d: compare it in the Compare tab",
                "Scenario not saved");
    }

    /** Saves the model on screen as scenario {@code name}. */
    public CompletableFuture<Scenarios.Scenario> saveCurrent(String name) {
        HealthModel m = session.design().modelProperty().get();
        return m == null ? CompletableFuture.failedFuture(new IllegalStateException("No model to save.")) : save(name, m);
    }

    public CompletableFuture<HealthModel> load(Scenarios.Scenario s) {
        return session.onWorkspace(w -> {
            try {
                return new Scenarios(w.workspace()).load(s.id());
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    public CompletableFuture<Void> rename(Scenarios.Scenario s, String name) {
        return tell(session.onWorkspace(w -> {
            try {
                new Scenarios(w.workspace()).rename(s.id(), name);
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return null;
        }), x -> "Scenario renamed to \u201c" + name.strip() + "\u201d", "Scenario not renamed");
    }

    public CompletableFuture<Void> delete(Scenarios.Scenario s) {
        return tell(session.onWorkspace(w -> {
            new Scenarios(w.workspace()).delete(s.id());
            return null;
        }), x -> "Scenario \u201c" + s.name() + "\u201d deleted", "Scenario not deleted");
    }

    /** Writes the scenario as a model file, whole or not at all. */
    public CompletableFuture<Path> export(Scenarios.Scenario s, Path file) {
        return tell(session.onWorkspace(w -> {
            try {
                HealthModel m = new Scenarios(w.workspace()).load(s.id());
                WholeFiles.writeString(file, ModelJsonWriter.write(ModelDocument.of(m)));
                return file;
            } catch (ModelFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }), f -> "Scenario \u201c" + s.name() + "\u201d exported to " + f.getFileName(), "Scenario not exported");
    }

    /** Lists the scenarios again (after a change, or a workspace opened). */
    public CompletableFuture<List<Scenarios.Scenario>> refresh() {
        return session.onWorkspace(w -> new Scenarios(w.workspace()).list())
                .whenCompleteAsync((list, error) -> {
                    if (error == null) {
                        scenarios.setAll(list);
                    }
                }, session.fxThread());
    }

    /** Says on the status line how it went, and lists the scenarios again. */
    private <T> CompletableFuture<T> tell(CompletableFuture<T> work, java.util.function.Function<T, String> done,
                                          String failed) {
        return work.whenCompleteAsync((r, error) -> {
            session.status().notify(error == null ? done.apply(r) : failed + ": " + Errors.cause(error).getMessage());
            refresh();
        }, session.fxThread());
    }
}
