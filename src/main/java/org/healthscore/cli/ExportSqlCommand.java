package org.healthscore.cli;

import java.util.concurrent.Callable;
import org.healthscore.io.sql.ScoringSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-sql", mixinStandardHelpOptions = true,
        description = {"Print one SQL SELECT that scores every row of a one-row-per-account table.",
                "Plain ANSI SQL; returns account_id, score, band, segment and points per metric, as the",
                "workbench computes them. Missing values must be NULL in the table."})
final class ExportSqlCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;

    @Option(names = "--table", required = true, description = "Table (or view) with one row per account.")
    String table;

    @Option(names = "--id-column", defaultValue = "account_id", description = "Id column (default ${DEFAULT-VALUE}).")
    String idColumn;

    @Override
    public Integer call() throws Exception {
        System.out.print(ScoringSql.generate(model.load(), table, idColumn));
        return 0;
    }
}
