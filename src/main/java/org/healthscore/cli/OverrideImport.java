package org.healthscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.healthscore.model.HealthModel;
import org.healthscore.store.CsmOverrides;
import org.healthscore.store.OverrideFile;
import org.healthscore.store.WorkspaceFacts;
import org.healthscore.store.Printable;
import org.healthscore.store.Workspace;

/**
 * `import --overrides F.csv --workspace W`: the file's CSM overrides checked against the workspace's accounts (and
 * the model's bands and metrics, given --model) and stored in one transaction, or nothing stored. They start on the
 * workspace's latest observation day (today without history) unless the file gives a from column. The ids and
 * that day are read from the tables, not by loading the data set.
 */
final class OverrideImport {
    private final Path workspace;
    private final Path file;
    private final Path model;

    OverrideImport(Path workspace, Path file, Path model) {
        this.workspace = workspace;
        this.file = file;
        this.model = model;
    }

    Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("error: no such file: " + Printable.of(file.toString()));
            return 2;
        }
        if (!Files.isRegularFile(workspace)) {
            System.err.println("error: no such workspace: " + Printable.of(workspace.toString())
                    + " (import the accounts first: overrides name them)");
            return 2;
        }
        HealthModel m = model == null ? null : ModelFiles.load(model);
        try (Workspace ws = Workspace.open(workspace)) {
            Set<String> ids = WorkspaceFacts.accountIds(ws);
            int start = WorkspaceFacts.latestDay(ws).orElse((int) java.time.LocalDate.now().toEpochDay());
            OverrideFile.Checks checks = m == null
                    ? new OverrideFile.Checks(ids, null, null, start, System.getProperty("user.name", ""))
                    : OverrideFile.Checks.of(m, ids, start, System.getProperty("user.name", ""));
            OverrideFile.Read read = OverrideFile.read(file, checks);
            read.problems().forEach(p -> System.err.println("rejected: " + p));
            if (!read.ok()) {
                System.err.println("error: " + read.badRows() + " row(s) of " + file.getFileName()
                        + " cannot be read; nothing was imported");
                return 3;
            }
            if (m == null) {
                System.err.println("warning: without --model the overrides' band and metric names are not checked; "
                        + "one the model lacks is left out when scoring");
            }
            int n = new CsmOverrides(ws).addAll(read.overrides()).size();
            System.out.println("Imported " + n + " CSM override" + (n == 1 ? "" : "s") + " into " + ws.name());
            return 0;
        }
    }
}
