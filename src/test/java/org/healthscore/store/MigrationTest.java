package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A workspace written by every earlier version opens, is migrated forward, and keeps its data. */
class MigrationTest {
    @TempDir
    Path dir;

    static java.util.stream.IntStream earlierVersions() {
        return java.util.stream.IntStream.range(0, Schema.CURRENT_VERSION);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void anOlderWorkspaceOpensAtTheCurrentVersionWithItsData(int version) throws Exception {
        Path f = dir.resolve("v" + version + ".hsw");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            Schema.migrate(c, 0, version);
            if (version >= 1) {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO model_version(name, saved_at, model_json) VALUES ('v1 model', '2026-01-01', '{}')");
                    s.execute("INSERT INTO import_history(dataset_name, started_at, status) VALUES ('accounts', 'x', 'committed')");
                }
            }
        }
        try (Workspace ws = Workspace.open(f); Statement s = ws.connection().createStatement()) {
            assertEquals(Schema.CURRENT_VERSION, ws.schemaVersion());
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM model_version")) {
                rs.next();
                assertEquals(version >= 1 ? 1 : 0, rs.getInt(1), "saved model versions survive the migration");
            }
            s.execute("INSERT INTO csm_override(account_id, note, created_at) VALUES ('A1', 'sponsor left', 'now')");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM import_history")) {
                rs.next();
                assertEquals(version >= 1 ? 1 : 0, rs.getInt(1));
            }
        }
        assertTrue(f.toFile().length() > 0);
    }
}
