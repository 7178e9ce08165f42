package org.healthscore.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema and its forward-only migrations. {@code PRAGMA user_version} holds the number of
 * migrations applied; migration i takes a workspace from version i to i+1. Never edit a released migration:
 * append a new one.
 */
final class Schema {
    /** "HSW1" as the SQLite application id, so a workspace is recognisable as ours. */
    static final int APPLICATION_ID = 0x48535731;

    static final List<String[]> MIGRATIONS = List.<String[]>of(
            new String[] {
                "CREATE TABLE dataset(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                        + "kind TEXT NOT NULL CHECK (kind IN ('accounts','observations')), source_file TEXT, "
                        + "table_name TEXT NOT NULL UNIQUE, row_count INTEGER NOT NULL, imported_at TEXT NOT NULL)",
                "CREATE TABLE dataset_column(dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE, "
                        + "position INTEGER NOT NULL, name TEXT NOT NULL, source_name TEXT NOT NULL, "
                        + "type TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (dataset_id, position))",
                "CREATE TABLE import_history(id INTEGER PRIMARY KEY, dataset_name TEXT NOT NULL, source_file TEXT, "
                        + "started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, rows_imported INTEGER, "
                        + "rows_rejected INTEGER, message TEXT)",
                "CREATE TABLE import_reject(import_id INTEGER NOT NULL REFERENCES import_history(id), "
                        + "line INTEGER NOT NULL, column_name TEXT, value TEXT, reason TEXT NOT NULL)",
                "CREATE TABLE model_version(id INTEGER PRIMARY KEY, name TEXT NOT NULL, saved_at TEXT NOT NULL, "
                        + "model_json TEXT NOT NULL)",
            },
            // 2: CSM overrides with notes, saved what-if scenarios, workspace settings
            new String[] {
                "CREATE TABLE csm_override(id INTEGER PRIMARY KEY, account_id TEXT NOT NULL, metric_key TEXT, "
                        + "points REAL, note TEXT NOT NULL, author TEXT, created_at TEXT NOT NULL)",
                "CREATE INDEX csm_override_account ON csm_override(account_id)",
                "CREATE TABLE scenario(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, model_json TEXT NOT NULL, "
                        + "created_at TEXT NOT NULL)",
                "CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT)",
            },
            // 3: an override is a band or one metric's points, holds from a day until a day, and may be removed
            new String[] {
                "ALTER TABLE csm_override ADD COLUMN band TEXT",
                "ALTER TABLE csm_override ADD COLUMN starts_on TEXT",
                "ALTER TABLE csm_override ADD COLUMN until TEXT",
                "ALTER TABLE csm_override ADD COLUMN removed_on TEXT",
                "ALTER TABLE csm_override ADD COLUMN removed_by TEXT",
            });

    static final int CURRENT_VERSION = MIGRATIONS.size();

    private Schema() {
    }

    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, CURRENT_VERSION);
    }

    /** Applies migrations from version {@code from} up to {@code to}, in one transaction. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = from; v < to; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + to);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
