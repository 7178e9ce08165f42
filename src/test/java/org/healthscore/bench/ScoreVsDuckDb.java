package org.healthscore.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.healthscore.cli.Cli;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.io.sample.WideAccountsGenerator;
import org.healthscore.io.sql.ScoringSql;
import org.healthscore.model.HealthModel;

/**
 * Not a test: `score` on a one-row-per-account CSV against DuckDB (JDBC) reading the same CSV and running the
 * exported SQL into a CSV, in one run, with the ratio. DuckDB is a test dependency, so this lives in the test
 * sources: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.healthscore.bench.ScoreVsDuckDb -Dexec.args=1000000}.
 */
public final class ScoreVsDuckDb {
    private ScoreVsDuckDb() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("hsw-score-bench");
        Path csv = dir.resolve("accounts.csv");
        WideAccountsGenerator.write(csv, rows, 11);
        Path model = Path.of("sample-data/models/four-metric.json");
        HealthModel m = ModelJsonReader.read(model, null).model();
        Path small = dir.resolve("small.csv");
        WideAccountsGenerator.write(small, 50_000, 12);
        Cli.run("score", "--model", model.toString(), "--data", small.toString(), "--out",
                dir.resolve("warm.csv").toString()); // the JIT warmed on a small file first, as DuckDB's below
        double[] java = new double[3];
        double[] duck = new double[3];
        String sql = ScoringSql.generate(m, "accounts", "account_id").replaceAll(";\\s*$", "");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW accounts AS SELECT * FROM read_csv_auto('" + csv + "', header = true)");
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                Cli.run("score", "--model", model.toString(), "--data", csv.toString(), "--out",
                        dir.resolve("scored.csv").toString());
                java[run] = (System.nanoTime() - t0) / 1e9;
                Path out = dir.resolve("duck.csv");
                Files.deleteIfExists(out);
                long t1 = System.nanoTime();
                s.execute("COPY (" + sql + ") TO '" + out + "' (HEADER, DELIMITER ',')");
                duck[run] = (System.nanoTime() - t1) / 1e9;
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_csv_auto('" + dir.resolve("duck.csv")
                    + "')")) {
                rs.next();
                System.out.printf(Locale.ROOT, "DuckDB wrote %,d rows%n", rs.getLong(1));
            }
        }
        System.out.printf(Locale.ROOT, "score, %,d rows, 3 runs (s):  %s%n", rows, fmt(java));
        System.out.printf(Locale.ROOT, "DuckDB CSV → SQL → CSV (s): %s%n", fmt(duck));
        double bestJava = Math.min(java[0], Math.min(java[1], java[2]));
        double bestDuck = Math.min(duck[0], Math.min(duck[1], duck[2]));
        System.out.printf(Locale.ROOT, "best of three: score %.2f s, DuckDB %.2f s, ratio %.2f× DuckDB (%d cores)%n",
                bestJava, bestDuck, bestJava / bestDuck, Runtime.getRuntime().availableProcessors());
        org.healthscore.store.Folders.deleteQuietly(dir);
    }

    private static String fmt(double[] v) {
        return String.format(Locale.ROOT, "%.2f  %.2f  %.2f", v[0], v[1], v[2]);
    }
}
