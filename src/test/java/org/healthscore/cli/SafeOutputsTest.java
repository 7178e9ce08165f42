package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written whole or not at all, and what cannot be trusted is refused with its reason. */
class SafeOutputsTest {
    @TempDir
    Path dir;

    private Path model() throws Exception {
        Path m = dir.resolve("m.json");
        Files.writeString(m, """
                {"format": "health-score-model", "version": 1, "name": "t", "description": "",
                 "metrics": [{"key": "usage", "label": "Usage", "source": {"type": "column", "column": "usage"},
                   "direction": "higher_is_better", "normalization": {"type": "linear", "min": 0, "max": 10},
                   "missing": "neutral", "staleness_days": 120, "weight": 1}],
                 "bands": [{"name": "Green", "lower_bound": 50, "color": "#27ae60"},
                   {"name": "Red", "lower_bound": 0, "color": "#c0392b"}]}
                """);
        return m;
    }

    @Test
    void aScoreThatFailsHalfWayLeavesTheExistingOutputByteIdentical() throws Exception {
        Path data = dir.resolve("d.csv");
        StringBuilder sb = new StringBuilder("account_id,usage\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("A").append(i).append(',').append(i % 10).append('\n');
        }
        sb.append("broken,1,2,3\n");
        Files.writeString(data, sb.toString());
        Path out = dir.resolve("scored.csv");
        Files.writeString(out, "yesterday's good result\n");
        byte[] before = Files.readAllBytes(out);
        CliRun r = CliRun.run("score", "--model", model().toString(), "--data", data.toString(), "--out", out.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("line 5002 has 4 fields, the header has 2"), r.err());
        assertArrayEquals(before, Files.readAllBytes(out));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "no temporary left");
        }
    }

    @Test
    void aScoreKilledWhileWritingLeavesTheExistingOutputByteIdentical() throws Exception {
        Path data = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            w.write("account_id,usage\n");
            for (int i = 0; i < 3_000_000; i++) {
                w.write("A" + i + "," + i % 10 + "\n");
            }
        }
        Path out = dir.resolve("scored.csv");
        Files.writeString(out, "yesterday's good result\n");
        byte[] before = Files.readAllBytes(out);
        Process child = org.healthscore.testing.ChildJvm.app("score", "--model", model().toString(), "--data",
                data.toString(), "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        // wait until the child is writing its result (its temporary file has grown), then kill it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean writing = false;
        while (!writing && child.isAlive() && System.nanoTime() < deadline) {
            try (var files = Files.list(dir)) {
                writing = files.anyMatch(p -> p.getFileName().toString().endsWith(".part") && p.toFile().length() > 1_000_000);
            }
            Thread.onSpinWait();
        }
        assertTrue(writing, "the child wrote part of its result");
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertArrayEquals(before, Files.readAllBytes(out), "the kill left the existing output as it was");
    }

    @Test
    void repeatedIdsInAOneRowPerAccountFileAreAnErrorNamingThemUnlessAllowed() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "account_id,usage\nA1,1\nA2,2\nA1,3\n A1,4\nA3,5\nA2,6\n");
        Path out = dir.resolve("scored.csv");
        CliRun r = CliRun.run("score", "--model", model().toString(), "--data", data.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertEquals("error: d.csv has one row per account, but 2 ids repeat: 'A1' (lines 2, 4), 'A2' (lines 3, 7); "
                + "nothing was written (give --allow-duplicate-ids to score every row)", r.err().strip());
        assertTrue(!Files.exists(out));
        CliRun allowed = CliRun.run("score", "--model", model().toString(), "--data", data.toString(), "--out",
                out.toString(), "--allow-duplicate-ids");
        assertEquals(0, allowed.code(), allowed.err());
        assertEquals(7, Files.readAllLines(out).size(), "header and all six rows");
    }

    @Test
    void anOutcomeValueWithNoMeaningIsRefusedWithCountsUntilMapped() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "account_id,usage,status\nA1,1,churned\nA2,9,renewd\nA3,8,renewd\nA4,2,Yes\nA5,7,hold\n");
        CliRun r = CliRun.run("evaluate", "--model", model().toString(), "--data", data.toString(), "--outcome-column",
                "status");
        assertEquals(1, r.code());
        assertEquals("error: status has 3 rows with values that mean neither churned nor retained: 'renewd' (2), "
                + "'hold' (1); map them with --churned-values or --retained-values", r.err().strip());
        CliRun mapped = CliRun.run("evaluate", "--model", model().toString(), "--data", data.toString(),
                "--outcome-column", "status", "--retained-values", "renewd,hold");
        assertEquals(0, mapped.code(), mapped.err());
        assertTrue(mapped.out().contains("with outcome 5, churned 2"), mapped.out());
    }

    @Test
    void aModelFilesProblemsComeCauseFirstAndAreCapped() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(model()).replace("\"type\": \"linear\", \"min\": 0, \"max\": 10",
                "\"type\": \"categorical\", \"points\": {\"a\": 15, \"b\": 3}"));
        CliRun r = CliRun.run("export-sql", "--model", bad.toString(), "--table", "t");
        assertEquals("error: bad.json: 1 problem: $.metrics[0].normalization.points.a: must have a maximum value of 10",
                r.err().strip());
        Files.writeString(bad, Files.readString(model()).replace("\"type\": \"linear\"", "\"type\": \"curvy\""));
        r = CliRun.run("export-sql", "--model", bad.toString(), "--table", "t");
        assertEquals("error: bad.json: 1 problem: $.metrics[0].normalization.type: must be one of linear, thresholds, "
                + "bins, categorical", r.err().strip());
        Files.writeString(bad, "{\"format\": \"health-score-model\", \"version\": 1, \"a\": 1, \"b\": 2, \"c\": 3, "
                + "\"d\": 4, \"e\": 5, \"f\": 6}");
        r = CliRun.run("export-sql", "--model", bad.toString(), "--table", "t");
        assertTrue(r.err().matches("(?s)error: bad.json: \\d+ problems: .*; and \\d+ more\\s*"), r.err());
    }
}
