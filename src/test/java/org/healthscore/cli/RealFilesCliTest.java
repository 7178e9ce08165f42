package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.healthscore.testing.RealShapedExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands on real-shaped files and hostile text, as a user types them. */
class RealFilesCliTest {
    @TempDir
    Path dir;

    /** One metric on column {@code usage} (0 → 0 points, 10 → 10 points) with the given weight. */
    private Path model(String weight) throws Exception {
        Path m = dir.resolve("m.json");
        Files.writeString(m, """
                {"format": "health-score-model", "version": 1, "name": "t", "description": "",
                 "metrics": [{"key": "usage", "label": "Usage", "source": {"type": "column", "column": "usage"},
                   "direction": "higher_is_better", "normalization": {"type": "linear", "min": 0, "max": 10},
                   "missing": "reweight", "staleness_days": 120, "weight": %s},
                  {"key": "seats", "label": "Seats", "source": {"type": "column", "column": "seats"},
                   "direction": "higher_is_better", "normalization": {"type": "linear", "min": 0, "max": 10},
                   "missing": "reweight", "staleness_days": 120, "weight": %s}],
                 "bands": [{"name": "Green", "lower_bound": 50, "color": "#27ae60"},
                   {"name": "Red", "lower_bound": 0, "color": "#c0392b"}]}
                """.formatted(weight, weight));
        return m;
    }

    private static byte[] digest(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }

    @Test
    void anRExportImportsAsItIsAndListingItChangesNoByte() throws Exception {
        Path f = dir.resolve("telco.csv");
        var expected = RealShapedExports.rWriteCsv(f, 1_000, 2);
        Path ws = dir.resolve("W.hsw");
        CliRun r = CliRun.run("import", "--workspace", ws.toString(), "--file", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(String.format("%,d rows imported into telco%n", expected.rows()), r.out());
        byte[] before = digest(ws);
        CliRun list = CliRun.run("datasets", "--workspace", ws.toString(), "--history");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("committed  telco"), list.out());
        assertArrayEquals(before, digest(ws), "datasets only reads");
    }

    @Test
    void aFileWithoutIdsNeedsRowNumberIdAndTheReasonSaysSo() throws Exception {
        Path f = dir.resolve("survey.csv");
        RealShapedExports.withoutIdColumn(f, 40, 1);
        Path ws = dir.resolve("W.hsw");
        CliRun refused = CliRun.run("import", "--workspace", ws.toString(), "--file", f.toString());
        assertNotEquals(0, refused.code());
        assertEquals("error: survey.csv: no column is mapped to the account id; choose one (e.g. account_id), or use "
                + "the row number as the id (--row-number-id) when the file has none.", refused.err().strip());
        CliRun ok = CliRun.run("import", "--workspace", ws.toString(), "--file", f.toString(), "--row-number-id");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("40 rows imported into survey"), ok.out());
    }

    @Test
    void aNegativeRejectLimitIsRefusedInOneLine() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "account_id,arr\nA,1\n");
        CliRun r = CliRun.run("import", "--workspace", dir.resolve("W.hsw").toString(), "--file", f.toString(),
                "--max-rejects", "-1");
        assertEquals(2, r.code());
        assertEquals("error: --max-rejects must be 0 or more, not -1", r.err().strip());
    }

    @Test
    void aRepeatingIdIsWarnedAboutBeforeTheImportAndEachReasonIsCounted() throws Exception {
        Path f = dir.resolve("telco.csv");
        RealShapedExports.rWriteCsv(f, 500, 4);
        Path mapping = dir.resolve("map.json");
        Files.writeString(mapping, "{\"files\": {\"telco.csv\": {\"columns\": {\"customerID\": {\"role\": \"attribute\"},"
                + " \"tenure\": {\"role\": \"account_id\"}}}}}");
        CliRun r = CliRun.run("import", "--workspace", dir.resolve("W.hsw").toString(), "--file", f.toString(),
                "--mapping", mapping.toString());
        assertEquals(3, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("warning: telco.csv: The account id column 'tenure' repeats: in the first 500 "
                + "rows"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("rejected in all: 4\\d\\d rows: duplicate account id")),
                r.err());
    }

    @Test
    void rejectLinesCarryNoControlCharacters() throws Exception {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "account_id,arr\nA1,\"\u001b[2J\"\nA2,\"1\n2\"\nA3,\u0000x\n", StandardCharsets.UTF_8);
        Path mapping = dir.resolve("map.json");
        Files.writeString(mapping, "{\"files\": {\"h.csv\": {\"columns\": {\"arr\": {\"type\": \"decimal\"}}}}}");
        CliRun r = CliRun.run("import", "--workspace", dir.resolve("W.hsw").toString(), "--file", f.toString(),
                "--mapping", mapping.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("value '\\u001b[2J': not a number"), r.err());
        assertTrue(r.err().contains("value '1\\n2': not a number"), r.err());
        assertTrue(r.err().chars().noneMatch(ch -> ch == 0 || ch == 0x1b || ch == '\r'), r.err());
    }

    @Test
    void snapshotAndScoreDefuseFormulaHeaders() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "account_id,\"=HYPERLINK(\"\"http://evil\"\",\"\"h\"\")\",usage,seats\nA1,x,3,4\n");
        Path ws = dir.resolve("W.hsw");
        assertEquals(0, CliRun.run("import", "--workspace", ws.toString(), "--file", f.toString()).code());
        Path snap = dir.resolve("snap.csv");
        CliRun s = CliRun.run("snapshot", "--workspace", ws.toString(), "--as-of", "2030-01-01", "--out", snap.toString());
        assertEquals(0, s.code(), s.err());
        String header = Files.readAllLines(snap).get(0);
        assertTrue(header.contains("'=HYPERLINK("), header);

        Path data = dir.resolve("d.csv");
        Files.writeString(data, "=id,usage,seats\nA1,5,5\n");
        Path out = dir.resolve("scored.csv");
        CliRun sc = CliRun.run("score", "--model", model("50").toString(), "--data", data.toString(), "--out",
                out.toString(), "--id-column", "=id");
        assertEquals(0, sc.code(), sc.err());
        assertTrue(Files.readAllLines(out).get(0).startsWith("'=id,score,band"), Files.readAllLines(out).get(0));
    }

    @Test
    void scoreAsOfComparesIdsExactly() throws Exception {
        Path data = dir.resolve("h.csv");
        Files.writeString(data, "account_id,as_of,usage,seats\n\"\t=1+1\",2024-01-01,1,1\n\"\r=1+1\",2024-01-01,2,2\n"
                + "=1+1,2024-01-01,3,3\n");
        Path out = dir.resolve("scored.csv");
        CliRun r = CliRun.run("score", "--model", model("50").toString(), "--data", data.toString(), "--out",
                out.toString(), "--as-of", "2024-02-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Scored 3 accounts"), r.out());
    }

    @Test
    void weightsThatWouldOverflowAreRefusedNamingTheWeight() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "account_id,usage,seats\nA1,5,5\n");
        CliRun r = CliRun.run("score", "--model", model("1e308").toString(), "--data", data.toString(), "--out",
                dir.resolve("o.csv").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("$.metrics[0].weight: must be at most 1,000,000,000"), r.err());
    }

    @Test
    void scoreReadsASemicolonFileWithDecimalCommasAndMissingTokensAsTheImportDoes() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "account_id;usage;seats\nA1;2,5;NA\nA2;#N/A;7,5\nA3;-;\n");
        Path out = dir.resolve("scored.csv");
        CliRun r = CliRun.run("score", "--model", model("50").toString(), "--data", data.toString(), "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out);
        // reweight: a missing metric's weight goes to the others, so A1 = usage 2.5 → 25, A2 = seats 7.5 → 75
        assertEquals("A1,25.0,Red,,2.5,", rows.get(1));
        assertEquals("A2,75.0,Green,,,7.5", rows.get(2));
        assertEquals("A3,,,,,", rows.get(3), "no metric counted: no score");
    }
}
