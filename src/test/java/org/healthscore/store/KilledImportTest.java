package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM killed with SIGKILL in the middle of a large import leaves the workspace as it was. */
class KilledImportTest {
    @TempDir
    Path dir;

    @Test
    void theWorkspaceSurvivesAKilledImport() throws Exception {
        Path ws = dir.resolve("w.hsw");
        Path small = dir.resolve("accounts.csv");
        Files.writeString(small, "account_id,arr\nE1,1\nE2,2\n");
        try (Workspace w = Workspace.create(ws)) {
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(small, "accounts")), 0,
                    ImportListener.NONE, () -> false).committed());
        }
        Path big = dir.resolve("usage.csv");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("account_id,month,active_users,actions\n");
            for (int i = 0; i < 1_500_000; i++) {
                out.write("A" + (i % 50_000) + ",20" + (10 + i / 50_000 % 15) + "-0" + (1 + i / 750_000) + "-01," + i % 97
                        + "," + i % 1013 + "\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.healthscore.Launcher", "import", "--workspace", ws.toString(), "--file", big.toString(),
                "--max-rejects", "1000000").redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            // wait for the import to be well under way (its own progress report), then kill it
            while ((line = lines.readLine()) != null && !line.matches("importing usage.csv: [3-9]0 %.*")) {
                assertTrue(!line.startsWith("error"), line);
            }
            assertTrue(line != null, "the child reported progress before finishing");
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Workspace w = Workspace.open(ws); Statement s = w.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            List<DatasetInfo> datasets = new Catalog(w).datasets();
            assertEquals(List.of("accounts"), datasets.stream().map(DatasetInfo::name).toList());
            assertEquals(2, new DatasetLoader(w).load().accounts().size());
        }
    }
}
