package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.healthscore.store.AppInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @Test
    void helpListsTheHeadlessCommands() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"sample", "import", "score", "evaluate", "export-sql", "snapshot",
                "datasets", "calibrate", "backtest", "smoke", "bench"}) {
            assertTrue(r.out().contains(command), "help mentions " + command + ":\n" + r.out());
        }
    }

    @Test
    void versionPrintsThePomVersion() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().contains(AppInfo.version()), r.out());
        assertNotEquals("dev", AppInfo.version(), "app.properties is filtered from the pom");
    }

    @Test
    void sampleWritesTheSixFiles(@TempDir Path dir) {
        CliRun r = CliRun.run("sample", "--out", dir.toString(), "--accounts", "50");
        assertEquals(0, r.code(), r.err());
        for (String f : new String[] {"accounts.csv", "usage_monthly.csv", "nps_responses.csv", "csm_pulse.csv",
                "support_monthly.csv", "relationship.csv"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
    }

    @Test
    void anUnknownOptionFailsWithANonZeroCode() {
        CliRun r = CliRun.run("sample", "--out", "x", "--bogus");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--bogus"), r.err());
    }

    @Test
    void benchRecomputePrintsJsonFigures() {
        CliRun r = CliRun.run("bench", "recompute", "--accounts", "20000", "--metrics", "4", "--iterations", "3",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        for (String key : new String[] {"\"accounts\" : 20000", "\"metrics\" : 4", "weight_change_ms_median",
                "weight_change_ms_p95", "normalization_change_ms_median", "heap_mb"}) {
            assertTrue(r.out().contains(key), key + " in " + r.out());
        }
    }

    @Test
    void benchScorePrintsScoreAndDuckDbOnBothFilesWithTheirRatio() {
        CliRun r = CliRun.run("bench", "score", "--rows", "5000", "--runs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5,000 accounts, four-metric.json"), r.out());
        assertFalse(r.out().contains("Scored "), "the timed runs print nothing of their own: " + r.out());
        for (String file : new String[] {"plain CSV", "every string quoted"}) {
            assertTrue(java.util.regex.Pattern.compile(file + " +score \\d+\\.\\d\\d s +DuckDB \\d+\\.\\d\\d s +ratio "
                    + "\\d+\\.\\d\\d× DuckDB").matcher(r.out()).find(), file + " in " + r.out()); // DuckDB: a test dependency
        }
    }

    @Test
    void benchCalibratePrintsEveryShapeWithItsPeersAndEachGapWithItsErrorOverSeeds() {
        CliRun r = CliRun.run("bench", "calibrate", "--accounts", "2000", "--large", "0", "--seeds", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seed 20261201 to 20261202 (means)"), r.out());
        var row = java.util.regex.Pattern.compile("(?m)^(\\w+) +(\\d\\.\\d{4}) +(\\d\\.\\d{4}) +(\\d\\.\\d{4}) +"
                + "(\\d\\.\\d{4}) +([+-]\\d\\.\\d{4}) ± \\d\\.\\d{4} +([+-]\\d\\.\\d{4}) ± \\d\\.\\d{4}");
        var m = row.matcher(r.out());
        int shapes = 0;
        while (m.find()) {
            shapes++;
            double calibrate = Double.parseDouble(m.group(2));
            double logistic = Double.parseDouble(m.group(3));
            double ridge = Double.parseDouble(m.group(4));
            double ceiling = Double.parseDouble(m.group(5));
            // the gaps are the columns' differences (to the printed rounding)
            assertEquals(calibrate - logistic, Double.parseDouble(m.group(6)), 0.00015, m.group());
            assertEquals(calibrate - ceiling, Double.parseDouble(m.group(7)), 0.00015, m.group());
            assertTrue(ridge >= logistic - 1e-9, "no penalty is among the ridge's: " + m.group());
        }
        assertEquals(5, shapes, r.out());
        assertTrue(r.out().contains("ridge*: the logistic regression with the best of 7 ridge penalties"), r.out());
    }

    @Test
    void importThenSnapshotGivesEachAccountsLatestFreshValues(@TempDir Path dir) throws Exception {
        Path accounts = dir.resolve("accounts.csv");
        Files.writeString(accounts, "account_id,segment,outcome,start\nA,SMB,churned,2024-01-31\nB,Enterprise,,2023-05-01\n");
        Path usage = dir.resolve("usage.csv");
        Files.writeString(usage, "account_id,month,active_users\nA,2026-01-01,5\nA,2026-03-01,7\nB,2025-01-01,9\n");
        Path ws = dir.resolve("w.hsw");
        CliRun imported = CliRun.run("import", "--workspace", ws.toString(), "--file", accounts.toString(), "--file", usage.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("5 rows imported"), imported.out());
        Path out = dir.resolve("snap.csv");
        CliRun snap = CliRun.run("snapshot", "--workspace", ws.toString(), "--as-of", "2026-02-15", "--out", out.toString());
        assertEquals(0, snap.code(), snap.err());
        var lines = Files.readAllLines(out);
        assertEquals("account_id,outcome,outcome_date,arr,segment,start,active_users", lines.get(0));
        assertEquals("A,churned,,,SMB,2024-01-31,5.0", lines.get(1), "March is after the date");
        assertEquals("B,,,,Enterprise,2023-05-01,", lines.get(2), "B's January 2025 value is stale");
    }

    @Test
    void importRefusesTooManyRejectsWithANonZeroCode(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.csv");
        StringBuilder rows = new StringBuilder("account_id,arr\n");
        for (int i = 0; i < 30; i++) {
            rows.append("A").append(i).append(i % 10 == 0 ? ",lots\n" : ",5\n");
        }
        Files.writeString(f, rows.toString());
        CliRun r = CliRun.run("import", "--workspace", dir.resolve("w.hsw").toString(), "--file", f.toString(), "--max-rejects", "1");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("3 rows rejected, more than the limit of 1"), r.err());
        assertTrue(r.err().contains("a.csv line 2, column 'arr', value 'lots': not a whole number"), r.err());
    }

    @Test
    void aMappingFileOverridesFormatTypesAndRoles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("crm.csv");
        Files.writeString(f, "Kunde;Umsatz;Intern\nK1;1.234,5;x\nK2;99,0;y\n");
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"files\": {\"crm.csv\": {\"dataset\": \"accounts\", \"format\": "
                + "{\"delimiter\": \";\", \"decimal_comma\": true}, \"columns\": {\"Kunde\": {\"role\": "
                + "\"account_id\"}, \"Umsatz\": {\"type\": \"decimal\", \"role\": \"arr\"}, \"Intern\": "
                + "{\"role\": \"ignore\"}}}}}");
        Path ws = dir.resolve("w.hsw");
        CliRun r = CliRun.run("import", "--workspace", ws.toString(), "--file", f.toString(), "--mapping", mapping.toString());
        assertEquals(0, r.code(), r.err());
        try (var w = org.healthscore.store.Workspace.open(ws)) {
            var d = new org.healthscore.store.DatasetLoader(w).load();
            assertEquals("K1", d.accounts().ids()[0]);
            assertEquals(1234.5, d.accounts().arr()[0], 1e-12);
            assertEquals("accounts", new org.healthscore.store.Catalog(w).datasets().get(0).name());
        }
        Files.writeString(mapping, "{\"files\": {\"crm.csv\": {\"columns\": {\"Kundennummer\": {\"role\": \"account_id\"}}}}}");
        CliRun bad = CliRun.run("import", "--workspace", ws.toString(), "--file", f.toString(), "--mapping", mapping.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("mapping.json: crm.csv has no column 'Kundennummer'"), bad.err());
    }

    @Test
    void datasetsListsAndRemoves(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("accounts.csv");
        Files.writeString(a, "account_id,arr\nA1,5\n");
        Path b = dir.resolve("extra.csv");
        Files.writeString(b, "account_id,seats\nA1,3\n");
        Path ws = dir.resolve("w.hsw");
        assertEquals(0, CliRun.run("import", "--workspace", ws.toString(), "--file", a.toString(), "--file", b.toString()).code());
        CliRun list = CliRun.run("datasets", "--workspace", ws.toString(), "--history");
        assertTrue(list.out().contains("accounts") && list.out().contains("extra") && list.out().contains("committed"),
                list.out());
        CliRun removed = CliRun.run("datasets", "--workspace", ws.toString(), "--remove", "extra");
        assertEquals(0, removed.code(), removed.err());
        assertTrue(!removed.out().contains("extra    "), removed.out());
        CliRun missing = CliRun.run("datasets", "--workspace", ws.toString(), "--remove", "nope");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("There is no dataset named 'nope'"), missing.err());
    }
}
