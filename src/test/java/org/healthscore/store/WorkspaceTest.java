package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceIsWalModeAtTheCurrentVersion() throws Exception {
        Path f = dir.resolve("new.hsw");
        try (Workspace ws = Workspace.create(f)) {
            assertEquals(Schema.CURRENT_VERSION, ws.schemaVersion());
            assertEquals("new", ws.name());
            try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
        }
        try (Workspace again = Workspace.open(f)) {
            assertTrue(new Catalog(again).datasets().isEmpty());
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path f = dir.resolve("notes.hsw");
        Files.writeString(f, "account_id,score\n1,2\n");
        byte[] before = Files.readAllBytes(f);
        var e = assertThrows(WorkspaceException.class, () -> Workspace.open(f));
        assertTrue(e.getMessage().contains("not a Health Score Workbench workspace"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void anotherSqliteDatabaseIsRefused() throws Exception {
        Path f = dir.resolve("other.hsw");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(f);
        var e = assertThrows(WorkspaceException.class, () -> Workspace.open(f));
        assertTrue(e.getMessage().contains("not a Health Score Workbench workspace"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefused() throws Exception {
        Path f = dir.resolve("future.hsw");
        Workspace.create(f).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT_VERSION + 5));
        }
        byte[] before = Files.readAllBytes(f);
        var e = assertThrows(WorkspaceException.class, () -> Workspace.open(f));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void aCorruptWorkspaceIsRefusedAndLeftAlone() throws Exception {
        Path f = dir.resolve("corrupt.hsw");
        try (Workspace ws = Workspace.create(f); Statement s = ws.connection().createStatement()) {
            s.execute("CREATE TABLE big(x TEXT)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO big VALUES (hex(randomblob(500)))");
            }
        }
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A; // scribble over every page after the first
        }
        Files.write(f, bytes);
        var e = assertThrows(WorkspaceException.class, () -> Workspace.open(f));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(f));
    }

    @Test
    void aWorkspaceOpenElsewhereIsRefused() {
        Path f = dir.resolve("shared.hsw");
        try (Workspace first = Workspace.create(f)) {
            var e = assertThrows(WorkspaceException.class, () -> Workspace.open(f));
            assertTrue(e.getMessage().contains("open in another running"), e.getMessage());
        }
        Workspace.open(f).close(); // and free again once closed
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path f = dir.resolve("exists.hsw");
        Files.writeString(f, "x");
        assertThrows(WorkspaceException.class, () -> Workspace.create(f));
        assertEquals("x", Files.readString(f));
    }
}
