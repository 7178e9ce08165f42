package org.healthscore.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A staged import whose transaction is still open: look at {@link #preview()}, then commit or roll back. */
public final class PendingImport {
    private final Connection c;
    private final List<ImportSpec> specs;
    private final List<String> datasets;
    private final long rows;
    private final RejectLog rejects;
    private final String startedAt;
    private boolean done;

    PendingImport(Connection c, List<ImportSpec> specs, List<String> datasets, long rows, RejectLog rejects,
                  String startedAt) {
        this.c = c;
        this.specs = specs;
        this.datasets = List.copyOf(datasets);
        this.rows = rows;
        this.rejects = rejects;
        this.startedAt = startedAt;
    }

    public ImportResult preview() {
        return new ImportResult(datasets, rows, rejects.count(), rejects.kept(), false, "staged");
    }

    public synchronized ImportResult commit() {
        ensureOpen();
        try {
            String msg = rows + " rows imported into " + String.join(", ", datasets)
                    + (rejects.count() > 0 ? "; " + rejects.count() + " rows rejected" : "");
            History.record(c, specs, startedAt, "committed", rows, rejects, msg);
            c.commit();
            c.setAutoCommit(true);
            JournalMode.afterBulkLoad(c);
            return new ImportResult(datasets, rows, rejects.count(), rejects.kept(), true, msg);
        } catch (SQLException e) {
            CsvImporter.rollbackQuietly(c);
            throw new WorkspaceException("The import could not be saved and was undone: " + e.getMessage(), e);
        } finally {
            done = true;
        }
    }

    public synchronized ImportResult rollback(String why) {
        ensureOpen();
        CsvImporter.rollbackQuietly(c);
        done = true;
        History.record(c, specs, startedAt, "aborted", 0, rejects, why);
        return new ImportResult(datasets, 0, rejects.count(), rejects.kept(), false,
                "Import aborted, the workspace is unchanged: " + why);
    }

    private void ensureOpen() {
        if (done) {
            throw new IllegalStateException("this import was already committed or rolled back");
        }
    }
}
