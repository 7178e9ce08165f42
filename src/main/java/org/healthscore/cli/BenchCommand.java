package org.healthscore.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchRecomputeCommand.class, BenchImportCommand.class,
                BenchCalibrateCommand.class, BenchScoreCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out); // with the subcommands the launcher added (bench drag)
    }
}
