package org.healthscore.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the sample workspace from the CSV files bundled with the app, through the ordinary import path.
 * It is written to a temporary file and moved into place, so an interrupted first start leaves no
 * half-built workspace behind.
 */
public final class SampleWorkspace {
    /** The bundled sample files, in import order. */
    public static final List<String> FILES = List.of("accounts.csv", "usage_monthly.csv", "nps_responses.csv",
            "csm_pulse.csv", "support_monthly.csv", "relationship.csv");

    private SampleWorkspace() {
    }

    /** The sample workspace's path, creating it from the bundled sample data if it does not exist yet. */
    public static Path ensure(Path target, ImportListener listener) {
        if (Files.exists(target)) {
            return target;
        }
        Path tmpDir = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            tmpDir = Files.createTempDirectory("hsw-sample");
            List<Path> csvs = new ArrayList<>();
            for (String name : FILES) {
                try (InputStream in = SampleWorkspace.class.getResourceAsStream("/sample-data/" + name)) {
                    if (in == null) {
                        throw new WorkspaceException("The bundled sample data is missing " + name + ".");
                    }
                    Path file = tmpDir.resolve(name);
                    Files.copy(in, file);
                    csvs.add(file);
                }
            }
            Path building = target.resolveSibling(target.getFileName() + ".building");
            Folders.deleteWorkspace(building);
            try {
                try (Workspace ws = Workspace.create(building)) {
                    importInto(ws, csvs, listener);
                }
                Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Folders.deleteWorkspace(building);
            }
            return target;
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the sample workspace at " + target + ": " + e.getMessage(), e);
        } finally {
            Folders.deleteQuietly(tmpDir);
        }
    }

    /** Imports CSV files with detected formats and roles, each as a dataset named after its file. */
    public static ImportResult importInto(Workspace ws, List<Path> csvs, ImportListener listener) throws IOException {
        List<ImportSpec> specs = new ArrayList<>();
        for (Path csv : csvs) {
            String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
            specs.add(CsvSniffer.detect(csv, name));
        }
        ImportResult result = new CsvImporter(ws).importAll(specs, 0, listener, () -> false);
        if (!result.committed()) {
            throw new WorkspaceException("The sample data did not import: " + result.message());
        }
        return result;
    }
}
