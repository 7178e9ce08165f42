package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random byte mutations of a valid file: the importer either imports (all of the dataset) or reports a problem
 * and changes nothing — it never throws anything else and never leaves part of a dataset.
 */
class ImportFuzzTest {
    private static final byte[] ALPHABET = ",;\"\n\r\t\\'=-0123456789.eE xyz".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void mutatedFilesNeverLeaveAPartialDataset() throws Exception {
        StringBuilder sb = new StringBuilder("account_id,segment,arr,usage,note\n");
        for (int i = 0; i < 150; i++) {
            sb.append("A").append(i).append(",SMB,").append(i * 100).append(',').append(i % 10 / 10.0)
                    .append(",\"note, ").append(i).append("\"\n");
        }
        byte[] valid = sb.toString().getBytes(StandardCharsets.UTF_8);
        Random r = new Random(2026);
        try (Workspace ws = Workspace.create(dir.resolve("fuzz.hsw"))) {
            for (int round = 0; round < 300; round++) {
                byte[] mutated = mutate(valid, r);
                Path f = dir.resolve("fuzz.csv");
                Files.write(f, mutated);
                long before = rowsOf(ws, "fuzz");
                ImportResult result;
                try {
                    ImportSpec spec = CsvSniffer.detect(f, "fuzz");
                    result = new CsvImporter(ws).importAll(List.of(spec), r.nextInt(20), ImportListener.NONE,
                            () -> false);
                } catch (IOException | ImportProblem expected) {
                    assertEquals(before, rowsOf(ws, "fuzz"), "round " + round + ": a refused file changes nothing");
                    continue;
                }
                long after = rowsOf(ws, "fuzz");
                if (result.committed()) {
                    assertEquals(result.importedRows(), after, "round " + round + ": the whole dataset is there");
                    assertEquals(after, tableRows(ws, "fuzz"), "round " + round + ": catalog and table agree");
                } else {
                    assertEquals(before, after, "round " + round + ": an aborted import changes nothing");
                }
            }
            try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    private static byte[] mutate(byte[] valid, Random r) {
        byte[] b = valid.clone();
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] = ALPHABET[r.nextInt(ALPHABET.length)];
                case 2 -> b = java.util.Arrays.copyOf(b, Math.max(0, at)); // truncate
                default -> {
                    byte[] grown = new byte[b.length + 1];
                    System.arraycopy(b, 0, grown, 0, at);
                    grown[at] = ALPHABET[r.nextInt(ALPHABET.length)];
                    System.arraycopy(b, at, grown, at + 1, b.length - at);
                    b = grown;
                }
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    private static long rowsOf(Workspace ws, String name) {
        return new Catalog(ws).datasets().stream().filter(d -> d.name().equals(name)).findFirst()
                .map(DatasetInfo::rows).orElse(-1L);
    }

    private static long tableRows(Workspace ws, String name) throws Exception {
        String table = new Catalog(ws).datasets().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow().table();
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Sql.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
