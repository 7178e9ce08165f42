package org.healthscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthscore.io.csv.ImportMapping;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.CsvImporter;
import org.healthscore.store.IdRepeats;
import org.healthscore.store.ImportResult;
import org.healthscore.store.ImportSpec;
import org.healthscore.store.Printable;
import org.healthscore.store.RejectSummary;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import CSV files (or a file of CSM overrides) into a workspace, all in one transaction.",
                "Types and roles are detected; the first column named like account_id or id is the account id."})
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "Workspace file (.hsw); created if missing.")
    Path workspace;

    @Option(names = "--file", description = "A CSV file; repeat for several.")
    List<Path> files;

    @Option(names = "--overrides", description = "Instead of --file: a CSV of CSM overrides (account_id, band or "
            + "metric and points, note, author, until), all stored, or none when a row is wrong.")
    Path overrides;

    @Option(names = "--model", description = "With --overrides: the model whose bands and metrics they must name.")
    Path model;

    @Option(names = "--mapping", description = "JSON file overriding the detected format, types and roles (docs/IMPORT.md).")
    Path mapping;

    @Option(names = "--max-rejects", defaultValue = "0",
            description = "Abort (changing nothing) if more rows than this are rejected (default ${DEFAULT-VALUE}).")
    long maxRejects;

    @Option(names = "--row-number-id",
            description = "The files have no account id column: use each row's number (1, 2, …) as its id.")
    boolean rowNumberId;

    @picocli.CommandLine.Mixin
    MissingOption missing = new MissingOption();

    @Override
    public Integer call() throws Exception {
        if (maxRejects < 0) {
            System.err.println("error: --max-rejects must be 0 or more, not " + maxRejects);
            return 2;
        }
        if (overrides != null) {
            return new OverrideImport(workspace, overrides, model).call();
        }
        if (files == null || files.isEmpty()) {
            System.err.println("error: give --file (data) or --overrides (CSM overrides)");
            return 2;
        }
        List<ImportSpec> specs = new ArrayList<>();
        ImportMapping map = mapping == null ? ImportMapping.none() : ImportMapping.read(mapping);
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("error: no such file: " + Printable.of(f.toString()));
                return 2;
            }
            ImportSpec spec = map.specFor(f, missing.tokens(), rowNumberId);
            var id = spec.withRole(ColumnRole.ACCOUNT_ID);
            if (id.isPresent() && !spec.rowNumberId()) {
                String repeats = IdRepeats.inFile(spec).describe(id.get().sourceName());
                if (repeats != null) {
                    System.err.println("warning: " + f.getFileName() + ": " + repeats);
                }
            }
            specs.add(spec);
        }
        try (Workspace ws = Files.exists(workspace) ? Workspace.open(workspace) : Workspace.create(workspace)) {
            int[] lastTenth = {-1};
            ImportResult r = new CsvImporter(ws).importAll(specs, maxRejects, (file, fraction, rows) -> {
                int tenth = (int) (fraction * 10);
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    System.err.printf(java.util.Locale.ROOT, "importing %s: %d %% (%,d rows)%n", file, tenth * 10, rows);
                }
            }, () -> false);
            r.rejects().stream().limit(20).forEach(row -> System.err.println("rejected: " + row));
            RejectSummary.of(r).forEach(line -> System.err.println("rejected in all: " + line));
            if (!r.committed()) {
                System.err.println("error: " + r.message());
                return 3;
            }
            System.out.println(r.message());
            return 0;
        }
    }
}
