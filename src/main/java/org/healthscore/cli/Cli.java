package org.healthscore.cli;

import org.healthscore.store.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Each prints a one-line reason and exits non-zero on failure. */
@Command(name = "health-score-workbench", mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = {"Design, validate and export customer health score models.",
                "Without arguments the desktop app opens on the sample workspace;",
                "give a workspace file (.hsw) to open that one instead."},
        subcommands = {SampleCommand.class, ImportCommand.class, ScoreCommand.class, EvaluateCommand.class,
                ExportSqlCommand.class, SnapshotCommand.class, DatasetsCommand.class, BenchCommand.class,
                CalibrateCommand.class, BacktestCommand.class, ReportCommand.class, DriftCommand.class, CompareCommand.class,
                OverridesCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return run(cl -> { }, args);
    }

    /**
     * Runs a command, {@code extend} first adding commands from above this layer (the launcher adds the ones that
     * open a window: {@code smoke}, {@code bench drag}), so that nothing here depends on the UI.
     */
    public static int run(java.util.function.Consumer<CommandLine> extend, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        extend.accept(cl);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + oneLine(e));
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // one line, not a stack trace; what was being written is rolled back by SQLite when the JVM exits
            System.err.println("error: out of memory (the Java heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB is full); give Java more with -Xmx, e.g. java -Xmx2g -jar …; nothing was changed.");
            return 1;
        }
    }

    /** The message on one printable line: line breaks and control characters from files are escaped. */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return org.healthscore.store.Printable.of(m.replace("\r\n", " ").replace('\n', ' '));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** --version: the pom's version, filtered into app.properties. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.name() + " " + AppInfo.version(),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
