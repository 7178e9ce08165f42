package org.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The import history: one row per attempt with its rejects. A row is written as "running" before the import's
 * transaction starts and finished (committed — inside that transaction —, aborted, cancelled or failed) when it
 * ends, so an import whose process was killed leaves a row that says it did not finish.
 */
final class History {
    static final String RUNNING = "running";
    static final String UNFINISHED = "did not finish";
    static final String UNFINISHED_MESSAGE = "the import was stopped before it finished (the program was closed "
            + "or killed); nothing of it was kept";

    private History() {
    }

    /** Writes the attempt as running, in its own small transaction; returns its id (-1 if it could not). */
    static long start(Connection c, List<ImportSpec> specs, String startedAt) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_history(dataset_name, source_file, "
                + "started_at, status, rows_imported, rows_rejected, message) VALUES (?,?,?,?,0,0,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, specs.stream().map(ImportSpec::datasetName).collect(Collectors.joining(", ")));
            ps.setString(2, specs.stream().map(s -> s.file().toString()).collect(Collectors.joining(", ")));
            ps.setString(3, startedAt);
            ps.setString(4, RUNNING);
            ps.setString(5, "importing");
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException e) {
            warn(e);
            return -1;
        }
    }

    /** An import of this workspace cannot be running while we hold its lock: any "running" row was stopped. */
    static void markUnfinished(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_history SET status = ?, message = ? "
                + "WHERE status = ?")) {
            ps.setString(1, UNFINISHED);
            ps.setString(2, UNFINISHED_MESSAGE);
            ps.setString(3, RUNNING);
            ps.executeUpdate();
        } catch (SQLException e) {
            warn(e);
        }
    }

    static void finish(Connection c, long id, String status, long imported, RejectLog rejects, String message) {
        if (id < 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_history SET finished_at = ?, status = ?, "
                + "rows_imported = ?, rows_rejected = ?, message = ? WHERE id = ?")) {
            ps.setString(1, java.time.Instant.now().toString());
            ps.setString(2, status);
            ps.setLong(3, imported);
            ps.setLong(4, rejects.count());
            ps.setString(5, message);
            ps.setLong(6, id);
            ps.executeUpdate();
            try (PreparedStatement r = c.prepareStatement("INSERT INTO import_reject(import_id, line, column_name, "
                    + "value, reason) VALUES (?,?,?,?,?)")) {
                int kept = 0;
                for (RejectedRow row : rejects.kept()) {
                    if (kept++ >= 1000) {
                        break; // the full report can be saved as CSV; history keeps a sample
                    }
                    r.setLong(1, id);
                    r.setLong(2, row.line());
                    r.setString(3, row.column());
                    r.setString(4, row.value() == null ? null : RejectedRow.abbreviate(row.value()));
                    r.setString(5, row.reason());
                    r.addBatch();
                }
                r.executeBatch();
            }
        } catch (SQLException e) {
            warn(e); // history is a courtesy; an import's own outcome must not depend on it
        }
    }

    private static void warn(SQLException e) {
        java.util.logging.Logger.getLogger(History.class.getName()).warning("import history not written: " + e);
    }
}
