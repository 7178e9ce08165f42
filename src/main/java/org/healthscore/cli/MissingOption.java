package org.healthscore.cli;

import java.util.Set;
import org.healthscore.store.MissingTokens;
import picocli.CommandLine.Option;

/** --missing for every command that reads a CSV file: the same missing-value tokens the import uses. */
final class MissingOption {
    @Option(names = "--missing", paramLabel = "LIST",
            description = "Cell texts that mean 'no value', comma-separated (default: NA, N/A, n/a, null, NULL, "
                    + "None, #N/A, -, NaN; an empty cell always does). --missing '' counts only empty cells.")
    String missing;

    /** The tokens given, or null for the defaults. */
    Set<String> tokens() {
        return missing == null ? null : MissingTokens.parse(missing);
    }
}
