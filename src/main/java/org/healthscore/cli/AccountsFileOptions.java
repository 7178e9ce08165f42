package org.healthscore.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --data and --id-column for every command that reads a CSV file with one row per account. */
final class AccountsFileOptions {
    @Option(names = "--data", required = true, description = "CSV file, one row per account, with a header.")
    Path file;

    @Option(names = "--id-column", defaultValue = "account_id", description = "Id column (default ${DEFAULT-VALUE}).")
    String idColumn;
}
