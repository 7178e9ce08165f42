package org.healthscore.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A staged import whose transaction is still open: look at {@link #preview()}, then commit or roll back. */
public final class PendingImport {
    private final Connection c;
    private final java.nio.file.Path workspaceFile;
    private final long historyId;
    private final List<String> datasets;
    private final List<String> replaced;
    private final long rows;
    private final RejectLog rejects;
    private boolean done;

    PendingImport(Connection c, java.nio.file.Path workspaceFile, long historyId, List<String> datasets,
                  List<String> replaced, long rows, RejectLog rejects) {
        this.c = c;
        this.workspaceFile = workspaceFile;
        this.historyId = historyId;
        this.datasets = List.copyOf(datasets);
        this.replaced = List.copyOf(replaced);
        this.rows = rows;
        this.rejects = rejects;
    }

    public ImportResult preview() {
        return new ImportResult(datasets, rows, rejects.count(), rejects.kept(), false, "staged");
    }

    public synchronized ImportResult commit() {
        ensureOpen();
        try {
            String msg = String.format(java.util.Locale.ROOT, "%,d rows imported into %s", rows,
                    Printable.of(String.join(", ", datasets)))
                    + (replaced.isEmpty() ? "" : " (replacing the earlier " + Printable.of(String.join(", ", replaced))
                    + ")")
                    + (rejects.count() > 0 ? String.format(java.util.Locale.ROOT, "; %,d rows rejected",
                    rejects.count()) : "");
            History.finish(c, historyId, "committed", rows, rejects, msg); // in the transaction: saved with the data
            c.commit();
            c.setAutoCommit(true);
            JournalMode.afterBulkLoad(c);
            return new ImportResult(datasets, rows, rejects.count(), rejects.kept(), true, msg);
        } catch (SQLException e) {
            CsvImporter.rollbackQuietly(c);
            History.finish(c, historyId, "failed", 0, rejects, e.getMessage());
            throw new WorkspaceException(WorkspaceErrors.describe(workspaceFile, "The import could not be saved and was undone",
                    e), e);
        } finally {
            done = true;
        }
    }

    public synchronized ImportResult rollback(String why) {
        ensureOpen();
        CsvImporter.rollbackQuietly(c);
        done = true;
        History.finish(c, historyId, "aborted", 0, rejects, why);
        return new ImportResult(datasets, 0, rejects.count(), rejects.kept(), false,
                "Import aborted, the workspace is unchanged: " + why);
    }

    private void ensureOpen() {
        if (done) {
            throw new IllegalStateException("this import was already committed or rolled back");
        }
    }
}
