package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.healthscore.io.model.ModelVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Each fault a user meets gets its own diagnosis, and reading a workspace never writes to it. */
class WorkspaceFaultsTest {
    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void workspaceWithOneDataset() throws Exception {
        ws = dir.resolve("W.hsw");
        Path f = dir.resolve("accounts.csv");
        Files.writeString(f, "account_id,arr\nA1,1\nA2,2\n");
        try (Workspace w = Workspace.create(ws)) {
            new CsvImporter(w).importAll(List.of(CsvSniffer.detect(f, "accounts")), 0, ImportListener.NONE, () -> false);
        }
    }

    private static byte[] digest(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }

    @Test
    void openingAndReadingChangesNoByteOfTheFile() throws Exception {
        byte[] before = digest(ws);
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(1, new Catalog(w).datasets().size());
            new DatasetLoader(w).load();
        }
        assertArrayEquals(before, digest(ws), "a read-write open that changes nothing writes nothing");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertTrue(w.isReadOnly());
            assertEquals(2, new DatasetLoader(w).load().accounts().size());
            new Catalog(w).history();
        }
        assertArrayEquals(before, digest(ws));
        assertTrue(!Files.exists(dir.resolve("W.hsw-wal")) || Files.size(dir.resolve("W.hsw-wal")) == 0);
    }

    @Test
    void aReadOnlyWorkspaceRefusesEveryWriteSayingWhatToDo() throws Exception {
        Path f = dir.resolve("more.csv");
        Files.writeString(f, "account_id,arr\nB1,1\n");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> new CsvImporter(w)
                    .importAll(List.of(CsvSniffer.detect(f, "more")), 0, ImportListener.NONE, () -> false));
            assertEquals("W.hsw is open read-only, so the workbench cannot import into it. Open it normally (or a copy "
                    + "of it in a folder you can write to) to change it.", e.getMessage());
            assertThrows(WorkspaceException.class, () -> new Catalog(w).remove("accounts"));
            e = assertThrows(WorkspaceException.class, () -> new ModelVersions(w).save("v1", org.healthscore.model.StarterTemplates.fourMetric()));
            assertTrue(e.getMessage().contains("cannot save a model version in it"), e.getMessage());
        }
    }

    @Test
    void anotherProgramsWriteLockIsReportedAsALockNotAsDamage() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = other.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("BEGIN EXCLUSIVE");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
            assertTrue(e.getMessage().contains("W.hsw is locked by another program that is writing to it; close that "
                    + "program or wait for it to finish, then try again."), e.getMessage());
            s.execute("ROLLBACK");
        }
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(1, new Catalog(w).datasets().size(), "and opens once the other program is done");
        }
    }

    @Test
    void aStrayJournalFileIsNotDamage() throws Exception {
        Files.write(dir.resolve("W.hsw-journal"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(2, new DatasetLoader(w).load().accounts().size());
        }
    }

    @Test
    void diskFullReadOnlyAndDamageEachGetTheirOwnMessage() {
        Path file = Path.of("/data/W.hsw");
        assertEquals("Cannot open workspace W.hsw: there is not enough free disk space for W.hsw in /data; free some "
                + "space and try again (nothing was changed).", WorkspaceErrors.describe(file, "Cannot open workspace W.hsw",
                new SQLiteException("[SQLITE_IOERR_SHMSIZE] disk I/O error", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE)));
        assertEquals(WorkspaceErrors.Kind.DISK_FULL, WorkspaceErrors.kind(new SQLiteException("database or disk is full",
                SQLiteErrorCode.SQLITE_FULL)));
        assertEquals(WorkspaceErrors.Kind.DISK_FULL, WorkspaceErrors.kind(new java.io.IOException("No space left on device")));
        assertEquals("Cannot open workspace W.hsw: W.hsw or its folder (/data) cannot be written to; open it read-only "
                + "(File → Open read-only…, or a read-only command), or copy it to a folder you can write to.",
                WorkspaceErrors.describe(file, "Cannot open workspace W.hsw", new AccessDeniedException("/data/W.hsw.lock")));
        assertEquals(WorkspaceErrors.Kind.READ_ONLY, WorkspaceErrors.kind(new SQLiteException("attempt to write a "
                + "readonly database", SQLiteErrorCode.SQLITE_READONLY)));
        assertEquals(WorkspaceErrors.Kind.LOCKED, WorkspaceErrors.kind(new SQLiteException("database is locked",
                SQLiteErrorCode.SQLITE_BUSY)));
        assertEquals(WorkspaceErrors.Kind.DAMAGED, WorkspaceErrors.kind(new SQLiteException("malformed",
                SQLiteErrorCode.SQLITE_CORRUPT)));
    }

    @Test
    void printableEscapesEveryControlCharacter() {
        assertEquals("a\\nb\\rc\\td\\u001b[2Je\\u0000f\\u007fg\\u009bh", Printable.of("a\nb\rc\td\u001b[2Je\u0000f\u007fg\u009bh"));
        assertEquals("plain é ü 中", Printable.of("plain é ü 中"));
    }
}
