package org.healthscore.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.io.sample.WideAccountsGenerator;
import org.healthscore.io.sql.ScoringSql;
import org.healthscore.store.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `score` against DuckDB reading the same CSV and running the exported SQL into a CSV, in one run, with the ratio:
 * an absolute time on a shared machine says little, a ratio in one run does. DuckDB is not shipped with the app
 * (it would add 70 MB); its JDBC driver is found on the class path when there (docs/PERFORMANCE.md has the
 * command), else only `score`'s own figures are printed.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Time `score` on a generated one-row-per-account CSV (plain, and with every string quoted as",
                "R's write.csv quotes it) next to DuckDB (JDBC, when on the class path) reading the same CSV and",
                "running the exported SQL into a CSV; prints the best of --runs and the ratio."})
final class BenchScoreCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "Accounts in the file (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--model", defaultValue = "sample-data/models/four-metric.json",
            description = "The model to score with (default ${DEFAULT-VALUE}).")
    Path model;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("hsw-bench-score");
        try {
            Path plain = dir.resolve("accounts.csv");
            WideAccountsGenerator.write(plain, rows, 11);
            Path quoted = dir.resolve("accounts-quoted.csv");
            quoteStrings(plain, quoted);
            Path warm = dir.resolve("warm.csv");
            WideAccountsGenerator.write(warm, 50_000, 12);
            score(warm, dir.resolve("warm-scored.csv")); // the JIT warmed first, as DuckDB's first query below
            String sql = ScoringSql.generate(ModelJsonReader.read(model, null).model(), "accounts", "account_id")
                    .replaceAll(";\\s*$", "");
            System.out.printf(Locale.ROOT, "%,d accounts, %s, %d cores, best of %d runs%n", rows,
                    model.getFileName(), Runtime.getRuntime().availableProcessors(), runs);
            for (Path csv : new Path[] {plain, quoted}) {
                double ours = best(() -> score(csv, dir.resolve("scored.csv")));
                Double duck = duckDb(csv, sql, dir.resolve("duck.csv"));
                String name = csv == plain ? "plain CSV" : "every string quoted";
                if (duck == null) {
                    System.out.printf(Locale.ROOT, "%-20s score %.2f s%n", name, ours);
                } else {
                    System.out.printf(Locale.ROOT, "%-20s score %.2f s   DuckDB %.2f s   ratio %.2f× DuckDB%n", name,
                            ours, duck, ours / duck);
                }
            }
            return 0;
        } finally {
            Folders.deleteQuietly(dir);
        }
    }

    private void score(Path csv, Path out) throws Exception {
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())); // not its "Scored …" line
        int exit;
        try {
            exit = Cli.run("score", "--model", model.toString(), "--data", csv.toString(), "--out", out.toString());
        } finally {
            System.setOut(console);
        }
        if (exit != 0) {
            throw new IllegalStateException("score failed on " + csv.getFileName() + " (exit " + exit + ")");
        }
    }

    private boolean noDuckDb;

    /** DuckDB's best time, or null (with a line saying why, once) when its driver is not on the class path. */
    private Double duckDb(Path csv, String sql, Path out) throws Exception {
        if (noDuckDb) {
            return null;
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            System.out.println("DuckDB's JDBC driver is not on the class path: docs/PERFORMANCE.md says how to run "
                    + "this with it");
            noDuckDb = true;
            return null;
        }
        try (Connection c = connection; Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE VIEW accounts AS SELECT * FROM read_csv_auto('" + csv + "', header = true)");
            s.execute("COPY (" + sql + ") TO '" + out + "' (HEADER, DELIMITER ',')"); // warm-up
            return best(() -> {
                Files.deleteIfExists(out);
                s.execute("COPY (" + sql + ") TO '" + out + "' (HEADER, DELIMITER ',')");
            });
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private double best(Run run) throws Exception {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run.run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        return Arrays.stream(seconds).min().orElseThrow();
    }

    /** The file as R's write.csv writes it: every text cell quoted, numbers bare. */
    private static void quoteStrings(Path from, Path to) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    boolean number = !cells[i].isEmpty() && cells[i].chars().allMatch(ch -> ch == '.' || ch == '-'
                            || ch >= '0' && ch <= '9');
                    out.write((i > 0 ? "," : "") + (number || cells[i].isEmpty() ? cells[i] : "\"" + cells[i] + "\""));
                }
                out.write('\n');
            }
        }
    }
}
