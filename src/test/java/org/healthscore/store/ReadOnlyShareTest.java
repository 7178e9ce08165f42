package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colleague's workspace on a read-only share: a read-only bind mount of a folder (mounted where the test may —
 * as root on Linux — and skipped elsewhere; root ignores file permissions, so chmod cannot make one).
 */
class ReadOnlyShareTest {
    @TempDir
    Path dir;
    Path view;

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @AfterEach
    void unmount() {
        if (view != null) {
            run("umount", view.toString());
        }
    }

    @Test
    void aWorkspaceInAFolderNobodyCanWriteToOpensReadOnlyAndSaysWhyItCannotBeChanged() throws Exception {
        assumeTrue(System.getProperty("os.name").contains("Linux") && "root".equals(System.getProperty("user.name")),
                "a read-only bind mount needs root on Linux");
        Path src = Files.createDirectories(dir.resolve("share"));
        Path f = dir.resolve("accounts.csv");
        Files.writeString(f, "account_id,arr,outcome\nA1,1,churned\nA2,2,renewed\n");
        try (Workspace w = Workspace.create(src.resolve("W.hsw"))) {
            assertTrue(new CsvImporter(w).importAll(List.of(CsvSniffer.detect(f, "accounts")), 0, ImportListener.NONE,
                    () -> false).committed());
        }
        Files.deleteIfExists(src.resolve("W.hsw.lock"));
        Path mount = Files.createDirectories(dir.resolve("view"));
        assumeTrue(run("mount", "--bind", src.toString(), mount.toString()), "bind mount refused here");
        view = mount;
        assumeTrue(run("mount", "-o", "remount,ro,bind", mount.toString()), "read-only remount refused here");
        Path ws = mount.resolve("W.hsw");
        assertTrue(!Files.isWritable(mount), "the folder cannot be written to");

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
        assertEquals(WorkspaceErrors.Kind.READ_ONLY, WorkspaceErrors.kind(e));
        assertTrue(e.getMessage().contains("cannot be written to; open it read-only"), e.getMessage());
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertEquals(2, new DatasetLoader(w).load().accounts().size(), "read as it is, without a lock or -shm file");
            assertEquals(1, new Catalog(w).history().size());
        }
    }
}
