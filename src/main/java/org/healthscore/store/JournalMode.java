package org.healthscore.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The workspace runs in WAL mode, but a bulk import writes every new page twice in WAL (log, then checkpoint).
 * During an import it switches to a rollback journal, which is just as atomic (a killed import is rolled back
 * from the journal on the next open) and writes new pages once; afterwards it returns to WAL.
 */
final class JournalMode {
    private JournalMode() {
    }

    static void forBulkLoad(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA cache_size=-65536"); // 64 MB, so few dirty pages spill mid-transaction
        }
    }

    static void afterBulkLoad(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size=-2000");
            s.execute("PRAGMA journal_mode=WAL");
        }
    }
}
