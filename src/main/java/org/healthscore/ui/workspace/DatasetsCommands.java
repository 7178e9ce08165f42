package org.healthscore.ui.workspace;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthscore.store.Catalog;
import org.healthscore.store.DatasetInfo;
import org.healthscore.ui.session.Session;

/** The Datasets dialog's work: what the workspace holds and its import history, and removing a dataset. */
public final class DatasetsCommands {
    /** The datasets and the import attempts, newest last. */
    public record Contents(List<DatasetInfo> datasets, List<Catalog.ImportAttempt> history) {
    }

    private final Session session;

    public DatasetsCommands(Session session) {
        this.session = session;
    }

    public CompletableFuture<Contents> contents() {
        return session.onWorkspace(w -> new Contents(new Catalog(w.workspace()).datasets(),
                new Catalog(w.workspace()).history()));
    }

    /** Removes a dataset from the workspace, then reads the workspace again (its figures change). */
    public CompletableFuture<Void> remove(String dataset) {
        return session.onWorkspace(w -> {
            new Catalog(w.workspace()).remove(dataset);
            return dataset;
        }).thenAcceptAsync(d -> session.workspace().reload(), session.fxThread());
    }
}
