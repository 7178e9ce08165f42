package org.healthscore;

import java.util.concurrent.Callable;
import org.healthscore.ui.bench.DragBenchApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "drag", mixinStandardHelpOptions = true,
        description = {"Drive the real window's weight slider through 100 positions on a generated workspace",
                "(headless) and print the latency to updated charts and the longest FX-thread stall."})
final class BenchDragCommand implements Callable<Integer> {
    @Option(names = "--accounts", defaultValue = "1000000", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--warm-up-drags", defaultValue = "24",
            description = "Unmeasured drags between the first and the later one (default ${DEFAULT-VALUE}).")
    int warmUpDrags;

    @Option(names = "--look-seconds", defaultValue = "0",
            description = "Seconds between the workspace opening and the first drag, as a user looks first "
                    + "(default ${DEFAULT-VALUE}: at once).")
    double lookSeconds;

    @Option(names = "--no-rehearsal",
            description = "Open without the app's off-screen drag rehearsal (to measure what it saves).")
    boolean noRehearsal;

    @Option(names = "--compare-tab",
            description = "Drag with the Compare tab shown (against the model with usage at 30 %%) instead of the Overview.")
    boolean compareTab;

    /** The command line's own output: what a headless command prints goes through it, as the others' does. */
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--accounts=" + accounts,
                "--warm-up-drags=" + warmUpDrags, "--look-seconds=" + lookSeconds));
        if (noRehearsal) {
            args.add("--no-rehearsal");
        }
        if (compareTab) {
            args.add("--compare-tab");
        }
        javafx.application.Application.launch(DragBenchApp.class, args.toArray(String[]::new));
        org.healthscore.store.Folders.deleteQuietly(DragBenchApp.workDir()); // ~150 MB at a million accounts
        String report = DragBenchApp.report();
        spec.commandLine().getOut().println(report == null ? "the benchmark did not finish" : report);
        return report == null ? 1 : 0;
    }
}
