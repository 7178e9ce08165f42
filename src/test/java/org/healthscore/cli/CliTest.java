package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthscore.AppInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void helpListsTheHeadlessCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"sample", "import", "bench"}) {
            assertTrue(r.out().contains(command), "help mentions " + command + ":\n" + r.out());
        }
    }

    @Test
    void versionPrintsThePomVersion() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().contains(AppInfo.version()), r.out());
        assertNotEquals("dev", AppInfo.version(), "app.properties is filtered from the pom");
    }

    @Test
    void sampleWritesTheSixFiles(@TempDir Path dir) {
        Run r = run("sample", "--out", dir.toString(), "--accounts", "50");
        assertEquals(0, r.code(), r.err());
        for (String f : new String[] {"accounts.csv", "usage_monthly.csv", "nps_responses.csv", "csm_pulse.csv",
                "support_monthly.csv", "relationship.csv"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
    }

    @Test
    void anUnknownOptionFailsWithANonZeroCode() {
        Run r = run("sample", "--out", "x", "--bogus");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--bogus"), r.err());
    }

    @Test
    void benchRecomputePrintsJsonFigures() {
        Run r = run("bench", "recompute", "--accounts", "20000", "--metrics", "4", "--iterations", "3",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        for (String key : new String[] {"\"accounts\" : 20000", "\"metrics\" : 4", "weight_change_ms_median",
                "weight_change_ms_p95", "normalization_change_ms_median", "heap_mb"}) {
            assertTrue(r.out().contains(key), key + " in " + r.out());
        }
    }
}
