package org.healthscore.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.healthscore.io.sample.WideAccountsGenerator;
import org.healthscore.store.CsvImporter;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.ImportListener;
import org.healthscore.store.ImportResult;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Time the headless import of a generated 16-column CSV next to the sqlite3 shell's",
                ".import --csv of the same file into a fresh database, and print the ratio."})
final class BenchImportCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--dir", description = "Folder for the generated files (default: a temporary folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the CSV and the workspace (e.g. to open it in the app).")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("hsw-bench");
        Path csv = work.resolve("accounts-" + rows + ".csv");
        long t0 = System.nanoTime();
        WideAccountsGenerator.write(csv, rows, 42);
        System.out.printf(Locale.ROOT, "generated %s: %,d rows, %.0f MB in %.1f s%n", csv.getFileName(), rows,
                Files.size(csv) / 1048576.0, (System.nanoTime() - t0) / 1e9);

        Path ws = work.resolve("bench-" + rows + ".hsw");
        Files.deleteIfExists(ws);
        resetPeaks();
        long t1 = System.nanoTime();
        ImportResult result;
        try (Workspace w = Workspace.create(ws)) {
            result = new CsvImporter(w).importAll(List.of(CsvSniffer.detect(csv, "accounts")), 0, ImportListener.NONE,
                    () -> false);
        }
        double ours = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "workbench import: %.2f s (%s), peak heap %.0f MB of %.0f MB max%n", ours,
                result.message(), peakHeapMb(), Runtime.getRuntime().maxMemory() / 1048576.0);

        Double theirs = sqlite3(csv, work.resolve("sqlite3-" + rows + ".db"));
        if (theirs != null) {
            System.out.printf(Locale.ROOT, "sqlite3 .import --csv: %.2f s%nratio workbench / sqlite3: %.2f%n", theirs,
                    ours / theirs);
        }
        if (!keep) {
            Files.deleteIfExists(csv);
            org.healthscore.store.Folders.deleteWorkspace(ws);
            if (dir == null) {
                Files.deleteIfExists(work); // the temporary folder, empty now
            }
        }
        return result.committed() ? 0 : 1;
    }

    /** Seconds the sqlite3 shell takes, or null (with a note) when it is not installed. */
    private static Double sqlite3(Path csv, Path db) throws Exception {
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("sqlite3", db.toString(), ".import --csv " + csv + " accounts")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            System.out.println("sqlite3 not found: install it (apt-get install sqlite3) to print the ratio");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            System.out.println("sqlite3 failed: " + out.strip());
            return null;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.deleteIfExists(db);
        return seconds;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }
}
