package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messy files as users really have them. Each case checks the report or message, and that the workspace's
 * existing dataset is exactly as before (same rows, integrity check ok).
 */
class MalformedCsvTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void workspaceWithData() throws Exception {
        ws = Workspace.create(dir.resolve("w.hsw"));
        Path existing = dir.resolve("existing.csv");
        Files.writeString(existing, "account_id,arr\nE1,1\nE2,2\nE3,3\n");
        assertTrue(new CsvImporter(ws).importAll(List.of(CsvSniffer.detect(existing, "existing")), 0,
                ImportListener.NONE, () -> false).committed());
    }

    @AfterEach
    void intact() throws Exception {
        try (Statement s = ws.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            DatasetInfo existing = new Catalog(ws).datasets().stream().filter(d -> d.name().equals("existing"))
                    .findFirst().orElseThrow();
            try (ResultSet rs = s.executeQuery("SELECT group_concat(account_id) FROM " + Sql.quote(existing.table()))) {
                rs.next();
                assertEquals("E1,E2,E3", rs.getString(1), "the existing dataset is untouched");
            }
        }
        ws.close();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Imports with no tolerance for rejects: any reject rolls everything back. */
    private ImportResult strict(Path f) throws Exception {
        return new CsvImporter(ws).importAll(List.of(CsvSniffer.detect(f, "new")), 0, ImportListener.NONE, () -> false);
    }

    private ImportResult lenient(Path f) throws Exception {
        return new CsvImporter(ws).importAll(List.of(CsvSniffer.detect(f, "new")), 100, ImportListener.NONE, () -> false);
    }

    private long rows(String dataset) throws Exception {
        return new Catalog(ws).datasets().stream().filter(d -> d.name().equals(dataset)).findFirst()
                .map(DatasetInfo::rows).orElse(-1L);
    }

    @Test
    void embeddedNewlinesAndDoubledQuotesAreOneField() throws Exception {
        Path f = file("notes.csv", "account_id,note,arr\nA1,\"first line\nsecond \"\"quoted\"\" line\",5\nA2,plain,6\n");
        ImportResult r = strict(f);
        assertTrue(r.committed(), r.message());
        assertEquals(2, rows("new"));
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT note, \"_line\" FROM " + Sql.quote(table("new")) + " ORDER BY 2")) {
            rs.next();
            assertEquals("first line\nsecond \"quoted\" line", rs.getString(1));
            rs.next();
            assertEquals(4, rs.getLong(2), "A2 is on line 4 of the file");
        }
    }

    @Test
    void anUnclosedQuoteIsNamedAndNothingIsImported() throws Exception {
        Path f = file("broken.csv", "account_id,note,arr\nA1,\"never closed,5\nA2,ok,6\nA3,ok,7\n");
        ImportResult r = strict(f);
        assertFalse(r.committed());
        assertTrue(r.rejects().get(0).toString().contains("broken.csv line 2")
                && r.rejects().get(0).reason().contains("quote that is never closed"), r.rejects().toString());
        assertEquals(-1, rows("new"));
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayTrue() throws Exception {
        Path f = file("blank.csv", "account_id,arr\n\nA1,5\n\n\nA2,x\n" + "A3,7\n".repeat(1) + "A4,8\nA5,9\nA6,1\nA7,2\nA8,3\nA9,4\nA10,5\n");
        ImportResult r = lenient(f);
        assertTrue(r.committed());
        assertEquals("blank.csv line 6, column 'arr', value 'x': not a whole number", r.rejects().get(0).toString());
        assertEquals(9, rows("new"));
    }

    @Test
    void aTenMegabyteFieldImports() throws Exception {
        String big = "y".repeat(10 * 1024 * 1024);
        Path f = file("big.csv", "account_id,note,arr\nA1," + big + ",5\nA2,small,6\n");
        assertTrue(strict(f).committed());
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT length(note) FROM " + Sql.quote(table("new")) + " WHERE account_id='A1'")) {
            rs.next();
            assertEquals(big.length(), rs.getInt(1));
        }
    }

    @Test
    void invalidUtf8BytesRejectTheirRowOnly() throws Exception {
        byte[] bytes = concat("account_id,name,arr\nA1,Café,5\nA2,Caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe}, ",6\nA3,Zoë,7\n".getBytes(StandardCharsets.UTF_8));
        ImportResult r = lenient(file("utf.csv", bytes));
        assertTrue(r.committed());
        assertEquals(1, r.rejectedCount());
        assertTrue(r.rejects().get(0).toString().startsWith("utf.csv line 3, column 'name'")
                && r.rejects().get(0).reason().contains("invalid bytes"), r.rejects().toString());
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT group_concat(name) FROM " + Sql.quote(table("new")))) {
            rs.next();
            assertEquals("Café,Zoë", rs.getString(1), "valid UTF-8 is not mangled");
        }
    }

    @Test
    void windows1252AndUtf16FilesAreDecoded() throws Exception {
        ImportResult cp = strict(file("cp.csv", "account_id,name,arr\nA1,Café,5\n".getBytes("windows-1252")));
        assertTrue(cp.committed());
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "account_id,name,arr\nB1,Zoë,5\n".getBytes(StandardCharsets.UTF_16LE));
        Path f16 = file("u16.csv", utf16);
        assertEquals(StandardCharsets.UTF_16LE, CsvSniffer.detect(f16, "u16").format().charset());
        assertTrue(new CsvImporter(ws).importAll(List.of(CsvSniffer.detect(f16, "u16")), 0, ImportListener.NONE,
                () -> false).committed());
        try (Statement s = ws.connection().createStatement()) {
            for (String[] expect : new String[][] {{"new", "Café"}, {"u16", "Zoë"}}) {
                try (ResultSet rs = s.executeQuery("SELECT name FROM " + Sql.quote(table(expect[0])))) {
                    rs.next();
                    assertEquals(expect[1], rs.getString(1));
                }
            }
        }
    }

    @Test
    void duplicateIdsAreReportedWithTheFirstLine() throws Exception {
        ImportResult r = strict(file("dup.csv", "account_id,arr\nA1,1\nA2,2\nA1,3\n"));
        assertFalse(r.committed());
        assertEquals("dup.csv line 4, column 'account_id', value 'A1': duplicate account id (first on line 2)",
                r.rejects().get(0).toString());
    }

    @Test
    void anEmptyFileIsRefusedWithItsName() throws Exception {
        Path f = file("empty.csv", "");
        var e = assertThrows(java.io.IOException.class, () -> CsvSniffer.detect(f, "new"));
        assertTrue(e.getMessage().contains("empty.csv is empty"), e.getMessage());
    }

    @Test
    void aHeaderOnlyFileIsReportedNotSilentlyImported() throws Exception {
        ImportResult r = strict(file("header.csv", "account_id,arr\n"));
        assertFalse(r.committed());
        assertEquals("header.csv line 1: the file has no data rows", r.rejects().get(0).toString());
    }

    @Test
    void aCancelledImportLeavesNothing() throws Exception {
        StringBuilder sb = new StringBuilder("account_id,arr\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append('A').append(i).append(',').append(i).append('\n');
        }
        Path f = file("many.csv", sb.toString());
        assertThrows(ImportCancelledException.class, () -> new CsvImporter(ws).importAll(
                List.of(CsvSniffer.detect(f, "new")), 0, ImportListener.NONE, () -> true));
        assertEquals(-1, rows("new"));
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT status FROM import_history ORDER BY id DESC LIMIT 1")) {
            rs.next();
            assertEquals("cancelled", rs.getString(1), "the attempt is in the history");
        }
    }

    private String table(String dataset) {
        return new Catalog(ws).datasets().stream().filter(d -> d.name().equals(dataset)).findFirst().orElseThrow()
                .table();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
