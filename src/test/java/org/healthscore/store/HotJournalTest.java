package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while its transaction had already written pages to the file leaves a "hot" rollback journal.
 * SQLite undoes it on the next read-write read; a read-only connection cannot (SQLITE_READONLY_ROLLBACK), which
 * the app used to report as "damaged", every time. Made deterministic here: a child JVM spills a big transaction
 * through a tiny page cache, then is SIGKILLed.
 */
class HotJournalTest {
    @TempDir
    Path dir;

    /** The child: opens the workspace file as another SQLite program would and dies mid-transaction. */
    public static final class Spiller {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=DELETE");
                s.execute("PRAGMA cache_size=10"); // spill dirty pages to the file long before a commit
                c.setAutoCommit(false);
                s.execute("UPDATE dataset SET name = 'half-written'");
                s.execute("CREATE TABLE junk(x TEXT)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO junk VALUES (?)")) {
                    for (int i = 0; i < 20_000; i++) {
                        ps.setString(1, "row " + i + " ".repeat(100));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                System.out.println("spilled");
                System.out.flush();
                System.in.read(); // hold the transaction open until the parent kills this process
            }
        }
    }

    @Test
    void aKilledWriterLeavesAHotJournalThatOpeningRollsBackAndReadOnlyOpeningExplains() throws Exception {
        Path ws = dir.resolve("w.hsw");
        Path small = dir.resolve("accounts.csv");
        Files.writeString(small, "account_id,arr\nE1,1\nE2,2\n");
        try (Workspace w = Workspace.create(ws)) {
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(small, "accounts")), 0,
                    ImportListener.NONE, () -> false).committed());
        }
        Process child = org.healthscore.testing.ChildJvm.of(Spiller.class.getName(), ws.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("spilled", out.readLine());
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        Path journal = dir.resolve("w.hsw-journal");
        assertTrue(Files.size(journal) > 0, "the kill left a hot journal");

        WorkspaceException ro = assertThrows(WorkspaceException.class, () -> Workspace.openReadOnly(ws));
        assertTrue(ro.getMessage().startsWith("w.hsw holds a write that was never finished"), ro.getMessage());
        assertTrue(ro.getMessage().contains("Open it once normally"), ro.getMessage());

        try (Workspace w = Workspace.open(ws)) {
            assertEquals(List.of("accounts"), new Catalog(w).datasets().stream().map(DatasetInfo::name).toList(),
                    "the half-written rename was undone");
            assertEquals(2, new DatasetLoader(w).load().accounts().size());
        }
        assertTrue(!Files.exists(journal) || Files.size(journal) == 0, "the journal was rolled back");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertEquals(1, new Catalog(w).datasets().size(), "and now it opens read-only too");
        }
    }
}
