package org.healthscore.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.data.CsmOverride;
import org.healthscore.io.csv.OverrideCsv;
import org.healthscore.store.CsmOverrides;
import org.healthscore.store.WorkspaceFacts;
import org.healthscore.store.Printable;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "overrides", mixinStandardHelpOptions = true,
        description = {"List a workspace's CSM overrides, or export them (the file import --overrides reads).",
                "Overrides are data kept beside the model file, never inside it."})
final class OverridesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", description = "Write them all to this CSV file (whole or not at all).")
    Path out;

    @Option(names = "--as-of", description = "The day their status is told for (default: the latest observation day).")
    java.time.LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            OutputFiles.checkWritable(out, "--out");
        }
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            List<CsmOverride> all = new CsmOverrides(ws).all();
            int day = asOf != null ? (int) asOf.toEpochDay() : latestDay(ws);
            if (out != null) {
                OverrideCsv.write(out, all, day);
                System.out.println("Exported " + all.size() + " CSM overrides to " + out);
                return 0;
            }
            for (CsmOverride o : all) {
                System.out.printf(Locale.ROOT, "%-8s %-14s %-24s until %s  %s: %s%n", o.statusOn(day).label(),
                        Printable.of(o.accountId()), Printable.of(o.change().describe()), CsmOverride.date(o.until()),
                        Printable.of(o.author()), Printable.of(o.note()));
            }
            System.out.println(all.size() + " CSM overrides, status as of " + CsmOverride.date(day));
        }
        return 0;
    }

    private static int latestDay(Workspace ws) {
        return WorkspaceFacts.latestDay(ws).orElse((int) java.time.LocalDate.now().toEpochDay());
    }
}
