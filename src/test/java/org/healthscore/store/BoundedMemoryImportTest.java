package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's memory does not grow with its rows: 3,000,000 accounts (with two duplicate ids planted at the
 * end) import in a child JVM whose heap is 64 MB — a quarter of the 256 MB the set of seen ids once exhausted
 * at 70 %. The duplicates are still found, named by line.
 */
class BoundedMemoryImportTest {
    @TempDir
    Path dir;

    @Test
    void threeMillionAccountsImportInA64MegabyteHeap() throws Exception {
        Path file = dir.resolve("accounts.csv");
        int rows = 3_000_000;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("account_id,segment,arr,usage,seats,outcome\n");
            for (int i = 0; i < rows; i++) {
                w.write("ACC-" + i + "," + (i % 3 == 0 ? "Enterprise" : "SMB") + "," + (1000 + i % 90_000) + ",0."
                        + (i % 9973) + "," + (1 + i % 500) + "," + (i % 5 == 0 ? "churned" : "renewed") + "\n");
            }
            w.write("ACC-17,SMB,1,0.5,1,renewed\nACC-2999999,SMB,1,0.5,1,renewed\n");
        }
        Path ws = dir.resolve("w.hsw");
        Process child = org.healthscore.testing.ChildJvm.app("-Xmx64m", "import", "--workspace", ws.toString(), "--file",
                file.toString(), "--max-rejects", "2").redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("rejected: accounts.csv line 3000002, column 'account_id', value 'ACC-17': duplicate "
                + "account id (first on line 19)"), out);
        assertTrue(out.contains("3,000,000 rows imported into accounts; 2 rows rejected"), out);
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertEquals(rows, new Catalog(w).datasets().get(0).rows());
        }
    }
}
