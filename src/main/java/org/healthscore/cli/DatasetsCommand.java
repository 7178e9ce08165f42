package org.healthscore.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.store.Catalog;
import org.healthscore.store.DatasetInfo;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List a workspace's datasets and import history, or remove a dataset."})
final class DatasetsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--remove", description = "Remove this dataset (its data and its columns).")
    String remove;

    @Option(names = "--history", description = "Also print the import history.")
    boolean history;

    @Override
    public Integer call() {
        try (Workspace ws = remove == null ? Workspace.openReadOnly(workspace.file) : Workspace.open(workspace.file)) {
            Catalog catalog = new Catalog(ws);
            if (remove != null) {
                catalog.remove(remove);
                System.out.println("Removed dataset " + remove);
            }
            for (DatasetInfo d : catalog.datasets()) {
                System.out.printf(Locale.ROOT, "%-24s %-12s %,12d rows  imported %s from %s%n", d.name(), d.kind(),
                        d.rows(), d.importedAt(), d.sourceFile());
            }
            if (history) {
                for (Catalog.ImportAttempt a : catalog.history()) {
                    System.out.printf(Locale.ROOT, "%s  %-10s %s: %s%n", a.startedAt(), a.status(), a.datasets(),
                            a.message());
                }
            }
        }
        return 0;
    }
}
