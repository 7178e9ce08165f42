package org.healthscore;

import org.healthscore.cli.Cli;

/**
 * Entry point of the jar. With no arguments, or a workspace file, it opens the window; any other argument is
 * a headless command. It does not extend Application, so JavaFX on the class path works from a plain jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (isGui(args)) {
            javafx.application.Application.launch(org.healthscore.ui.App.class, args);
            org.healthscore.ui.App.awaitClosed(10);
            return;
        }
        System.exit(runHeadless(args));
    }

    /** A headless command, with the two that open a window off screen added to the command line's own. */
    public static int runHeadless(String... args) {
        return Cli.run(cl -> {
            cl.addSubcommand(new SmokeCommand());
            cl.getSubcommands().get("bench").addSubcommand(new BenchDragCommand());
        }, args);
    }

    static boolean isGui(String[] args) {
        return args.length == 0 || args[0].endsWith(".hsw");
    }
}
