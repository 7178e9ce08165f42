package org.healthscore;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.healthscore.store.AppPaths;
import org.healthscore.ui.App;
import org.healthscore.ui.SmokeCheck;
import picocli.CommandLine.Command;

@Command(name = "smoke", aliases = "--smoke", mixinStandardHelpOptions = true,
        description = {"Self-test of an installed app, with no display needed.",
                "Builds the sample workspace in a temporary folder, opens it, renders the main window off-screen",
                "and exits 0 if the scores showed."})
final class SmokeCommand implements Callable<Integer> {
    /** The command line's own output: what a headless command prints goes through it, as the others' does. */
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // headless rendering: the Monocle glass platform with the software pipeline, no display or GTK needed
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32"); // larger than the window, or painting overflows
        System.setProperty(AppPaths.HOME_PROPERTY, Files.createTempDirectory("hsw-smoke").toString());
        javafx.application.Application.launch(App.class, "--smoke");
        String report = SmokeCheck.report();
        spec.commandLine().getOut().println(report == null ? "smoke FAILED: the window never showed scores" : report);
        return SmokeCheck.passed() ? 0 : 1;
    }
}
