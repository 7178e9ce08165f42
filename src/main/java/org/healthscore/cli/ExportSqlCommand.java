package org.healthscore.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.healthscore.io.sql.HistorySql;
import org.healthscore.io.sql.ScoringSql;
import org.healthscore.io.sql.SqlDialect;
import org.healthscore.io.sql.WorkspaceLayout;
import org.healthscore.store.WorkspaceFacts;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-sql", mixinStandardHelpOptions = true,
        description = {"Print one SQL statement that scores a one-row-per-account table, or a workspace's history.",
                "With --table: every row of that table. With --workspace: every account of the workspace's",
                "tables as of a date, each metric's latest value within its own staleness, trends included.",
                "Plain SQL; returns account_id, score, band, segment and points per metric, as the",
                "workbench computes them. Missing values must be NULL in the table."})
final class ExportSqlCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;

    @Option(names = "--table", description = "Table (or view) with one row per account.")
    String table;

    @Option(names = "--id-column", defaultValue = "account_id", description = "Id column (default ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--workspace", description = {"Instead of --table: a workspace whose tables (its accounts file's",
            "and its dated observations') the statement reads, each metric's latest value within its",
            "own staleness and trends included; it runs on the .hsw file itself (SQLite) or on copies",
            "of those tables."})
    Path workspace;

    @Option(names = "--as-of", description = "With --workspace: the date scored as of (default: its latest observation).")
    LocalDate asOf;

    @Option(names = "--dialect", defaultValue = "standard", description = {"standard (SQLite, DuckDB, PostgreSQL, most",
            "warehouses) or spark (Spark SQL: backticks, DOUBLE, backslash escapes); default ${DEFAULT-VALUE}."})
    String dialect;

    @Override
    public Integer call() throws Exception {
        SqlDialect sql = switch (dialect.toLowerCase(java.util.Locale.ROOT)) {
            case "standard" -> SqlDialect.STANDARD;
            case "spark" -> SqlDialect.SPARK;
            default -> throw new IllegalArgumentException("--dialect is standard or spark, not " + dialect);
        };
        if ((table == null) == (workspace == null)) {
            throw new IllegalArgumentException("give --table (a one-row-per-account table) or --workspace (history)"
                    + (table != null ? ", not both" : ""));
        }
        if (table != null) {
            System.out.print(sql.rewrite(ScoringSql.generate(model.load(), table, idColumn)));
            return 0;
        }
        var m = model.load();
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            LocalDate day = asOf != null ? asOf : LocalDate.ofEpochDay(WorkspaceFacts.latestDay(ws)
                    .orElseThrow(() -> new IllegalArgumentException(ws.name() + " has no dated observations: give "
                            + "--as-of, or export with --table")));
            System.out.print(sql.rewrite(HistorySql.generate(m, WorkspaceLayout.of(ws), day)));
        }
        return 0;
    }
}
