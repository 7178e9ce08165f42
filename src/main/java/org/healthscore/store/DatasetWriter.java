package org.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one dataset inside the import's transaction: replaces a dataset of the same name, creates its table
 * (every identifier quoted; the file's line number kept in {@code _line}), batches the inserts, then removes
 * duplicate keys and records the columns.
 */
final class DatasetWriter {
    private final Connection c;
    private final ImportSpec spec;
    private final long datasetId;
    private final String table;
    private final PreparedStatement insert;
    private int pending;
    private long inserted;

    DatasetWriter(Connection c, ImportSpec spec) throws SQLException {
        this.c = c;
        this.spec = spec;
        dropExisting(spec.datasetName());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset(name, kind, source_file, table_name, "
                + "row_count, imported_at) VALUES (?, ?, ?, ?, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, spec.datasetName());
            ps.setString(2, spec.isObservations() ? "observations" : "accounts");
            ps.setString(3, spec.file().toAbsolutePath().toString());
            ps.setString(4, "pending_" + System.nanoTime());
            ps.setString(5, java.time.Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                datasetId = keys.getLong(1);
            }
        }
        table = "data_" + datasetId;
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE dataset SET table_name = " + quoteText(table) + " WHERE id = " + datasetId);
            String cols = spec.storedColumns().stream().map(col -> Sql.quote(col.name()) + " " + col.type().sqlType())
                    .collect(Collectors.joining(", "));
            s.execute("CREATE TABLE " + Sql.quote(table) + " (\"_line\" INTEGER NOT NULL, " + cols + ")");
        }
        String names = spec.storedColumns().stream().map(col -> Sql.quote(col.name())).collect(Collectors.joining(", "));
        String marks = spec.storedColumns().stream().map(col -> "?").collect(Collectors.joining(", "));
        insert = c.prepareStatement("INSERT INTO " + Sql.quote(table) + " (\"_line\", " + names + ") VALUES (?, "
                + marks + ")");
    }

    private void dropExisting(String name) throws SQLException {
        long id = -1;
        String oldTable = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, table_name FROM dataset WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                    oldTable = rs.getString(2);
                }
            }
        }
        if (oldTable != null) {
            // SQLite cannot drop a table while a cursor is open, hence the two steps
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + Sql.quote(oldTable));
                s.execute("DELETE FROM dataset WHERE id = " + id);
            }
        }
    }

    void insert(long line, Object[] values) throws SQLException {
        insert.setLong(1, line);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                insert.setNull(i + 2, Types.NULL);
            } else if (v instanceof Long l) {
                insert.setLong(i + 2, l);
            } else if (v instanceof Integer n) {
                insert.setInt(i + 2, n);
            } else if (v instanceof Double d) {
                insert.setDouble(i + 2, d);
            } else {
                insert.setString(i + 2, (String) v);
            }
        }
        insert.addBatch();
        inserted++;
        if (++pending == CsvImporter.BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /**
     * Keeps the first row of each account id (accounts files) or each (account id, date) (observation files)
     * and rejects the rest. Done in SQL after loading rather than with a set of seen ids, so that the
     * import's memory does not grow with its rows (SQLite sorts on disk when it must).
     */
    void rejectDuplicates(RejectLog rejects) throws SQLException {
        flush();
        String id = Sql.quote(spec.withRole(ColumnRole.ACCOUNT_ID).orElseThrow().name());
        String key = spec.withRole(ColumnRole.AS_OF).map(a -> id + ", " + Sql.quote(a.name())).orElse(id);
        String t = Sql.quote(table);
        String dupes = "SELECT d.\"_line\", d." + id + ", f.first_line FROM " + t + " d JOIN (SELECT " + key
                + ", min(rowid) AS keep, min(\"_line\") AS first_line, count(*) AS n FROM " + t + " GROUP BY " + key
                + " HAVING n > 1) f ON " + joinOn(key) + " WHERE d.rowid <> f.keep ORDER BY d.\"_line\"";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + t + " GROUP BY " + key
                + " HAVING count(*) > 1 LIMIT 1")) {
            if (!rs.next()) {
                return; // the usual case: one pass to know there is nothing to name (the naming join costs twice it)
            }
        }
        String file = spec.file().getFileName().toString();
        long removed = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dupes)) {
            while (rs.next()) {
                removed++;
                rejects.add(new RejectedRow(file, rs.getLong(1), spec.withRole(ColumnRole.ACCOUNT_ID).get()
                        .sourceName(), rs.getString(2), (spec.isObservations()
                        ? "duplicate account id and date" : "duplicate account id") + " (first on line "
                        + rs.getLong(3) + ")"));
            }
        }
        if (removed > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM " + t + " WHERE rowid NOT IN (SELECT min(rowid) FROM " + t + " GROUP BY "
                        + key + ")");
            }
            inserted -= removed;
        }
    }

    private static String joinOn(String key) {
        StringBuilder sb = new StringBuilder();
        for (String part : key.split(", (?=\")")) {
            if (sb.length() > 0) {
                sb.append(" AND ");
            }
            sb.append("d.").append(part).append(" IS f.").append(part);
        }
        return sb.toString();
    }

    /** Rows in the dataset after duplicates were removed. */
    long inserted() {
        return inserted;
    }

    void finish() throws SQLException {
        flush();
        insert.close();
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE dataset SET row_count = " + inserted + " WHERE id = " + datasetId);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_column(dataset_id, position, name, "
                + "source_name, type, role) VALUES (?, ?, ?, ?, ?, ?)")) {
            List<ColumnSpec> cols = spec.storedColumns();
            for (int i = 0; i < cols.size(); i++) {
                ps.setLong(1, datasetId);
                ps.setInt(2, i);
                ps.setString(3, cols.get(i).name());
                ps.setString(4, cols.get(i).sourceName());
                ps.setString(5, cols.get(i).type().name());
                ps.setString(6, cols.get(i).role().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private static String quoteText(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
