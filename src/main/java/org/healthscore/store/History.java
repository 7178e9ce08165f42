package org.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** The import history: one row per attempt (committed, aborted, cancelled or failed) with its rejects. */
final class History {
    private History() {
    }

    static void record(Connection c, List<ImportSpec> specs, String startedAt, String status, long imported,
                       RejectLog rejects, String message) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_history(dataset_name, source_file, "
                + "started_at, finished_at, status, rows_imported, rows_rejected, message) VALUES (?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, specs.stream().map(ImportSpec::datasetName).collect(Collectors.joining(", ")));
            ps.setString(2, specs.stream().map(s -> s.file().toString()).collect(Collectors.joining(", ")));
            ps.setString(3, startedAt);
            ps.setString(4, java.time.Instant.now().toString());
            ps.setString(5, status);
            ps.setLong(6, imported);
            ps.setLong(7, rejects.count());
            ps.setString(8, message);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
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
            // history is a courtesy; an import's own outcome must not depend on it
            java.util.logging.Logger.getLogger(History.class.getName()).warning("import history not written: " + e);
        }
    }
}
