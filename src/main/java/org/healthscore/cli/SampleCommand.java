package org.healthscore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.healthscore.io.sample.SampleDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Regenerate the sample data (deterministic: the same seed gives the same bytes).")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Folder to write the CSV files into.")
    Path out;

    @Option(names = "--accounts", defaultValue = "2000", description = "Number of accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--seed", defaultValue = "20261122", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        var files = new SampleDataGenerator(seed, accounts).writeTo(out);
        System.out.println("Wrote " + files.size() + " files for " + accounts + " accounts to " + out.toAbsolutePath());
        return 0;
    }
}
