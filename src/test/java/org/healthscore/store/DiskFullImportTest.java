package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 400 KB tmpfs (mounted where the test may — as root on Linux — and skipped elsewhere).
 * The import that cannot be saved says so in one line naming the folder, and the workspace is as before.
 */
class DiskFullImportTest {
    @TempDir
    Path dir;
    Path mount;

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @BeforeEach
    void smallDisk() throws Exception {
        assumeTrue(System.getProperty("os.name").contains("Linux") && "root".equals(System.getProperty("user.name")),
                "mounting a small disk needs root on Linux");
        mount = Files.createDirectories(dir.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mount.toString()), "tmpfs mount refused here");
    }

    @AfterEach
    void unmount() {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    void anImportThatDoesNotFitTheDiskIsUndoneWithAMessageNamingTheFolder() throws Exception {
        Path ws = mount.resolve("W.hsw");
        Path small = dir.resolve("accounts.csv");
        Files.writeString(small, "account_id,arr\nA1,1\nA2,2\n");
        try (Workspace w = Workspace.create(ws)) {
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(small, "accounts")), 0,
                    ImportListener.NONE, () -> false).committed());
        }
        Path big = dir.resolve("usage.csv");
        StringBuilder sb = new StringBuilder("account_id,month,usage\n");
        for (int i = 0; i < 40_000; i++) {
            sb.append('A').append(i % 2000).append(',').append(java.time.LocalDate.of(2020, 1, 1).plusDays(i / 2000))
                    .append(',').append(i * 0.37).append('\n');
        }
        Files.writeString(big, sb.toString());
        try (Workspace w = Workspace.open(ws)) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new CsvImporter(w)
                    .importAll(List.of(CsvSniffer.detect(big, "usage")), 0, ImportListener.NONE, () -> false));
            assertTrue(e.getMessage().contains("there is not enough free disk space for W.hsw in " + mount
                    + "; free some space and try again (nothing was changed)."), e.getMessage());
        }
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(List.of("accounts"), new Catalog(w).datasets().stream().map(DatasetInfo::name).toList());
            assertEquals(2, new DatasetLoader(w).load().accounts().size());
        }
    }
}
