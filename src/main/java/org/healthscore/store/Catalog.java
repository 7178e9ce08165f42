package org.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads and edits the list of datasets in a workspace. */
public final class Catalog {
    private final Workspace workspace;

    public Catalog(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<DatasetInfo> datasets() {
        Connection c = workspace.connection();
        List<DatasetInfo> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, kind, source_file, table_name, row_count, imported_at "
                     + "FROM dataset ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new DatasetInfo(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), columns(c, id)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the datasets of " + workspace.file() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<ColumnSpec> columns(Connection c, long id) throws SQLException {
        List<ColumnSpec> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position, source_name, name, type, role "
                + "FROM dataset_column WHERE dataset_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(new ColumnSpec(rs.getInt(1), rs.getString(2), rs.getString(3),
                            ColumnType.valueOf(rs.getString(4)), ColumnRole.valueOf(rs.getString(5))));
                }
            }
        }
        return cols;
    }

    /** One import attempt, newest first in {@link #history()}. */
    public record ImportAttempt(String startedAt, String datasets, String status, long imported, long rejected,
                                String message) {
    }

    public List<ImportAttempt> history() {
        List<ImportAttempt> out = new ArrayList<>();
        try (Statement s = workspace.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT started_at, dataset_name, status, rows_imported, rows_rejected, "
                     + "message FROM import_history ORDER BY id DESC")) {
            while (rs.next()) {
                String status = rs.getString(3);
                String message = rs.getString(6);
                if (History.RUNNING.equals(status) && !workspace.isReadOnly()) {
                    // we hold the workspace's lock, so no import of it is running: this one was stopped
                    status = History.UNFINISHED;
                    message = History.UNFINISHED_MESSAGE;
                }
                out.add(new ImportAttempt(rs.getString(1), rs.getString(2), status, rs.getLong(4), rs.getLong(5),
                        message));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the import history: " + e.getMessage(), e);
        }
        return out;
    }

    /** Removes a dataset and its table in one transaction. */
    public void remove(String datasetName) {
        workspace.requireWritable("remove a dataset from it");
        Connection c = workspace.connection();
        try {
            c.setAutoCommit(false);
            String table;
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM dataset WHERE name = ?")) {
                ps.setString(1, datasetName);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkspaceException("There is no dataset named '" + datasetName + "'.");
                    }
                    table = rs.getString(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + Sql.quote(table)); // not while a cursor is open: SQLite refuses
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset WHERE name = ?")) {
                ps.setString(1, datasetName);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            CsvImporter.rollbackQuietly(c);
            throw new WorkspaceException("Cannot remove dataset '" + datasetName + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            CsvImporter.rollbackQuietly(c);
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // already reported
            }
        }
    }
}
