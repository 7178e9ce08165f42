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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A child JVM killed (SIGKILL, or SIGTERM) in the middle of a large import, or just after its last row was read
 * (while duplicates are checked and the transaction commits), leaves the workspace as it was — and the app's own
 * open reopens it, with an import-history row saying that import did not finish.
 */
class KilledImportTest {
    @TempDir
    static Path shared;

    static Path big;

    @BeforeAll
    static void writeBigFile() throws Exception {
        big = shared.resolve("usage.csv");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("account_id,month,active_users,actions\n");
            for (int i = 0; i < 1_500_000; i++) {
                out.write("A" + (i % 50_000) + ",20" + (10 + i / 50_000 % 15) + "-0" + (1 + i / 750_000) + "-01," + i % 97
                        + "," + i % 1013 + "\n");
            }
        }
    }

    @ParameterizedTest(name = "{1} when the import reports {0}")
    @CsvSource({"[3-6]0 %, KILL", "100 %, KILL", "[5-8]0 %, TERM"})
    void theWorkspaceSurvivesAKilledImportAndReopens(String at, String signal, @TempDir Path dir) throws Exception {
        Path ws = dir.resolve("w.hsw");
        Path small = dir.resolve("accounts.csv");
        Files.writeString(small, "account_id,arr\nE1,1\nE2,2\n");
        try (Workspace w = Workspace.create(ws)) {
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(small, "accounts")), 0,
                    ImportListener.NONE, () -> false).committed());
        }
        Process child = org.healthscore.testing.ChildJvm.app("import", "--workspace", ws.toString(), "--file",
                big.toString(), "--max-rejects", "1000000").redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            // wait for the import's own progress report, then stop it there
            while ((line = lines.readLine()) != null && !line.matches("importing usage.csv: " + at + ".*")) {
                assertTrue(!line.startsWith("error"), line);
            }
            assertTrue(line != null, "the child reported " + at + " before finishing");
            if (signal.equals("KILL")) {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback
            } else {
                child.destroy(); // SIGTERM
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        // the app's own open: a hot journal left by the kill is rolled back, not reported as damage
        try (Workspace w = Workspace.open(ws); Statement s = w.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            List<DatasetInfo> datasets = new Catalog(w).datasets();
            assertEquals(List.of("accounts"), datasets.stream().map(DatasetInfo::name).toList());
            assertEquals(2, new DatasetLoader(w).load().accounts().size());
            Catalog.ImportAttempt last = new Catalog(w).history().get(0);
            assertEquals("usage", last.datasets());
            assertEquals(History.UNFINISHED, last.status(), "the killed import says it did not finish");
        }
        // and the next import goes in as usual
        try (Workspace w = Workspace.open(ws)) {
            Path more = dir.resolve("more.csv");
            Files.writeString(more, "account_id,month,logins\nE1,2024-01-01,3\n");
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(more, "more")), 0, ImportListener.NONE,
                    () -> false).committed());
            assertEquals(List.of("committed", History.UNFINISHED, "committed"),
                    new Catalog(w).history().stream().map(Catalog.ImportAttempt::status).toList());
        }
    }
}
