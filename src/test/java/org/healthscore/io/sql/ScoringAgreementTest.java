package org.healthscore.io.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.healthscore.cli.Cli;
import org.healthscore.data.AccountTable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.io.model.RandomModels;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;
import org.healthscore.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four ways to score — the Java engine, the row scorer behind `score`, and the generated SQL in SQLite
 * and in DuckDB — agree on every account's score (to 1e-9), band and points.
 */
class ScoringAgreementTest {
    private static final String[] SEGMENTS = {"SMB", "Mid-Market", "Enterprise", null};
    private static final String[] TIERS = {"Gold", "Silver", "Bronze", "Platinum", null};

    @TempDir
    Path dir;

    /** A table: column name → cell per row (null = missing); numbers as Double, text as String. */
    private record Table(List<String> ids, Map<String, Object[]> columns) {
        int size() {
            return ids.size();
        }
    }

    private static Table randomTable(Random r, int n) {
        List<String> ids = new ArrayList<>();
        Map<String, Object[]> cols = new LinkedHashMap<>();
        cols.put("segment", new Object[n]);
        cols.put("tier", new Object[n]);
        for (String x : RandomModels.NUMERIC) {
            cols.put(x, new Object[n]);
        }
        for (int i = 0; i < n; i++) {
            ids.add("A" + i);
            cols.get("segment")[i] = SEGMENTS[r.nextInt(SEGMENTS.length)];
            cols.get("tier")[i] = TIERS[r.nextInt(TIERS.length)];
            for (String x : RandomModels.NUMERIC) {
                int kind = r.nextInt(20);
                cols.get(x)[i] = kind == 0 ? null : kind == 1 ? Double.valueOf(0) : kind == 2
                        ? Double.valueOf(r.nextInt(101)) : Double.valueOf(r.nextDouble() * 110 - 5);
            }
        }
        return new Table(ids, cols);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void randomModelsAgreeEverywhere(int seed) throws Exception {
        Random r = new Random(seed);
        Table t = randomTable(r, 1500);
        HealthModel model = RandomModels.generate(r);
        assertAgreement(model, t);
    }

    @Test
    void theFourMetricStarterAgreesOnTheSampleWorkspace() throws Exception {
        Path ws = dir.resolve("sample.hsw");
        SampleWorkspace.ensure(ws, ImportListener.NONE);
        Dataset d;
        try (Workspace w = Workspace.open(ws)) {
            d = new DatasetLoader(w).load();
        }
        HealthModel model = StarterTemplates.fourMetric();
        int day = (int) java.time.LocalDate.of(2026, 6, 30).toEpochDay();
        int[] days = AsOfPolicy.fixed(day).daysFor(d.accounts());
        // each metric's source columns as the engine resolves them (with that metric's staleness)
        FrameAssembler fa = new FrameAssembler(d);
        Map<String, Object[]> cols = new LinkedHashMap<>();
        for (Metric m : model.metrics()) {
            for (String c : m.source().columns()) {
                Metric one = new Metric(c, c, new MetricSource.Column(c), m.direction(), m.normalization(),
                        m.missing(), m.stalenessDays(), 1);
                double[] v = fa.resolve(one, days).values();
                Object[] cells = new Object[v.length];
                for (int i = 0; i < v.length; i++) {
                    cells[i] = Double.isNaN(v[i]) ? null : v[i];
                }
                cols.put(c, cells);
            }
        }
        Table t = new Table(List.of(d.accounts().ids()), cols);
        Scores engine = new ScoringEngine(fa.assemble(model.metrics(), AsOfPolicy.fixed(day))).score(model, Cancel.NEVER);
        Map<String, Double> sql = compareAll(model, t, engine);
        assertEquals(2000, sql.size());
    }

    /**
     * Categorical points on a numeric column and on a ratio, and a segment on a numeric column: the SQL matched
     * the engine's text of a double ("20.0") with the key "20" and missed. Keys are numbers' canonical texts.
     */
    @Test
    void categoricalMetricsOnNumbersAndSegmentsOnANumericColumnAgree() throws Exception {
        Random r = new Random(5);
        int n = 1200;
        Table t = randomTable(r, n);
        double[] small = {0.0005, 2.5, 7, 20, 0, 0.00001, 2.0 / 3};
        for (int i = 0; i < n; i++) {
            t.columns().get("x1")[i] = r.nextInt(12) == 0 ? null : Double.valueOf(small[r.nextInt(small.length)]);
            t.columns().get("x2")[i] = Double.valueOf(1 + r.nextInt(4)); // 1..4: x3 / x2 gives 0.25, 0.5, 1, 2 …
            t.columns().get("x3")[i] = Double.valueOf(r.nextInt(3));
            t.columns().get("x4")[i] = Double.valueOf(r.nextInt(3) * 10); // 0, 10, 20: the segment column
        }
        var byNumber = new org.healthscore.model.Metric("plan", "plan", new MetricSource.Column("x1"),
                org.healthscore.model.Direction.HIGHER_IS_BETTER, new org.healthscore.model.Normalization.Categorical(
                Map.of("0", 1.0, "2.5", 6.0, "7", 8.0, "20", 10.0, "5.0E-4", 3.0, "Gold", 9.0, "1.0E-5", 4.0,
                        "0.6666666666666666", 5.5)),
                org.healthscore.model.MissingPolicy.NEUTRAL, 120, 30);
        var byRatio = new org.healthscore.model.Metric("share", "share", new MetricSource.Ratio("x3", "x2"),
                org.healthscore.model.Direction.HIGHER_IS_BETTER, new org.healthscore.model.Normalization.Categorical(
                Map.of("0", 0.0, "0.25", 2.0, "0.5", 5.0, "1", 10.0, "2", 7.0, "0.6666666666666666", 4.0)),
                org.healthscore.model.MissingPolicy.REWEIGHT, 120, 70);
        var tier = new org.healthscore.model.Metric("tier", "tier", new MetricSource.Column("tier"),
                org.healthscore.model.Direction.HIGHER_IS_BETTER, new org.healthscore.model.Normalization.Categorical(
                Map.of("Gold", 10.0, "Silver", 6.0, "Bronze", 2.0)), org.healthscore.model.MissingPolicy.ZERO, 120, 20);
        HealthModel base = new HealthModel("numbers as categories", "", List.of(byNumber, byRatio, tier),
                org.healthscore.model.Bands.defaults(), List.of(), List.of());
        assertAgreement(base, t);
        // a segment on the numeric column x4: value "20" must match the double 20
        var seg = new org.healthscore.model.Segment("Twenty", "x4", List.of("20"), Map.of("plan", 80.0), null);
        HealthModel segmented = new HealthModel("numbers as categories", "", List.of(byNumber, byRatio, tier),
                org.healthscore.model.Bands.defaults(), List.of(seg), List.of());
        assertAgreement(segmented, t);
    }

    private void assertAgreement(HealthModel model, Table t) throws Exception {
        compareAll(model, t, engineScores(model, t));
    }

    private Map<String, Double> compareAll(HealthModel model, Table t, Scores engine) throws Exception {
        int n = t.size();
        // 1. the row scorer, through the `score` command on a CSV file
        Path csv = dir.resolve("data.csv");
        writeCsv(t, csv);
        Path modelFile = dir.resolve("model.json");
        java.nio.file.Files.writeString(modelFile, ModelJsonWriter.write(ModelDocument.of(model)));
        Path out = dir.resolve("scored.csv");
        assertEquals(0, Cli.run("score", "--model", modelFile.toString(), "--data", csv.toString(), "--out",
                out.toString()));
        Map<String, NamedCsvRecord> scored = new HashMap<>();
        try (CsvReader<NamedCsvRecord> rd = CsvReader.builder().ofNamedCsvRecord(out)) {
            rd.forEach(rec -> scored.put(rec.getField("account_id"), rec));
        }
        // 2. the generated SQL in SQLite and DuckDB
        String sql = ScoringSql.generate(model, "accounts", "account_id");
        Map<String, Object[]> sqlite = runSql("jdbc:sqlite::memory:", t, sql);
        Map<String, Object[]> duck = runSql("jdbc:duckdb:", t, sql);
        Map<String, Map<String, Object[]>> engines = new LinkedHashMap<>();
        engines.put("SQLite", sqlite);
        engines.put("DuckDB", duck);
        String postgres = System.getenv("HSW_TEST_POSTGRES_URL"); // the server .ci/run starts, when there is one
        if (postgres != null && !postgres.isBlank()) {
            engines.put("PostgreSQL", runSql(postgres, t, sql));
        }
        engines.put("Spark SQL", runSpark(t, SqlDialect.SPARK.rewrite(sql), model.metrics().size()));
        Map<String, Double> sqliteScores = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = t.ids().get(i);
            double expected = engine.score()[i];
            String expectedBand = engine.band()[i] < 0 ? null : engine.bands().get(engine.band()[i]).name();
            NamedCsvRecord row = scored.get(id);
            assertClose(expected, row.getField("score").isEmpty() ? Double.NaN
                    : Double.parseDouble(row.getField("score")), "score command, " + id);
            assertEquals(expectedBand == null ? "" : expectedBand, row.getField("band"), "score command band, " + id);
            for (Map.Entry<String, Map<String, Object[]>> each : engines.entrySet()) {
                Object[] r = each.getValue().get(id);
                String engineName = each.getKey();
                assertClose(expected, r[0] == null ? Double.NaN : ((Number) r[0]).doubleValue(),
                        engineName + " score, " + id + " (points " + java.util.Arrays.toString(r) + ")");
                assertEquals(expectedBand, r[1], engineName + " band, " + id);
                for (int j = 0; j < model.metrics().size(); j++) {
                    double p = engine.points()[j][i];
                    assertClose(p, r[2 + j] == null ? Double.NaN : ((Number) r[2 + j]).doubleValue(),
                            "SQL points of " + model.metrics().get(j).key() + ", " + id);
                }
            }
            sqliteScores.put(id, expected);
        }
        return sqliteScores;
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected no score, got " + actual);
        } else {
            assertEquals(expected, actual, 1e-9, what);
        }
    }

    private static Scores engineScores(HealthModel model, Table t) {
        int n = t.size();
        Map<String, DataColumn> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, Object[]> e : t.columns().entrySet()) {
            Object[] cells = e.getValue();
            double[] v = new double[n];
            boolean text = java.util.Arrays.stream(cells).anyMatch(c -> c instanceof String);
            List<String> cats = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object c = cells[i];
                if (c == null) {
                    v[i] = Double.NaN;
                } else if (text) {
                    if (!cats.contains(c)) {
                        cats.add((String) c);
                    }
                    v[i] = cats.indexOf(c);
                } else {
                    v[i] = (Double) c;
                }
            }
            attrs.put(e.getKey(), new DataColumn(e.getKey(), v, text ? cats.toArray(String[]::new) : null));
        }
        byte[] outcome = new byte[n];
        int[] days = new int[n];
        java.util.Arrays.fill(days, AccountTable.NO_DAY);
        AccountTable table = new AccountTable(t.ids().toArray(String[]::new), outcome, new double[n], days, attrs,
                "segment");
        Dataset d = new Dataset("t", table, Map.of());
        return new ScoringEngine(new FrameAssembler(d).assemble(model.metrics(), AsOfPolicy.fixed(0)))
                .score(model, Cancel.NEVER);
    }

    private static void writeCsv(Table t, Path file) throws Exception {
        try (CsvWriter w = CsvWriter.builder().build(file)) {
            List<String> header = new ArrayList<>(List.of("account_id"));
            header.addAll(t.columns().keySet());
            w.writeRecord(header);
            for (int i = 0; i < t.size(); i++) {
                List<String> row = new ArrayList<>(List.of(t.ids().get(i)));
                for (Object[] c : t.columns().values()) {
                    row.add(c[i] == null ? "" : c[i] instanceof Double d ? Double.toString(d) : (String) c[i]);
                }
                w.writeRecord(row);
            }
        }
    }

    /** The table as Spark reads a CSV file with a schema (text columns as STRING, the others DOUBLE). */
    private Map<String, Object[]> runSpark(Table t, String sql, int metrics) throws Exception {
        Path csv = dir.resolve("spark-" + System.nanoTime() + ".csv");
        writeCsv(t, csv);
        Set<String> text = Set.of("segment", "tier");
        StringBuilder schema = new StringBuilder("account_id STRING");
        for (String col : t.columns().keySet()) {
            schema.append(", `").append(col).append("` ").append(text.contains(col) ? "STRING" : "DOUBLE");
        }
        var spark = SparkLocal.session();
        spark.read().schema(schema.toString()).option("header", "true").option("nullValue", "").csv(csv.toString())
                .createOrReplaceTempView("accounts");
        Map<String, Object[]> out = new HashMap<>();
        for (org.apache.spark.sql.Row r : spark.sql(sql.replaceAll(";\\s*$", "")).collectAsList()) {
            Object[] row = new Object[2 + metrics];
            row[0] = r.get(r.fieldIndex("score"));
            row[1] = r.getString(r.fieldIndex("band"));
            for (int j = 0; j < metrics; j++) {
                row[2 + j] = r.get(4 + j); // account_id, score, band, segment, then the points in model order
            }
            out.put(r.getString(r.fieldIndex("account_id")), row);
        }
        return out;
    }

    /** Loads the table (missing = NULL) and runs the query: id → [score, band, points…]. */
    private static Map<String, Object[]> runSql(String url, Table t, String sql) throws Exception {
        Map<String, Object[]> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (url.startsWith("jdbc:postgresql")) {
                s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS probe (x int)"); // makes this connection's pg_temp
                s.execute("SET search_path TO pg_temp"); // a table of this connection's own, gone when it closes
            }
            StringBuilder ddl = new StringBuilder("CREATE TABLE accounts (account_id VARCHAR(20)");
            Set<String> text = Set.of("segment", "tier");
            for (String col : t.columns().keySet()) {
                ddl.append(", \"").append(col).append("\" ").append(text.contains(col) ? "VARCHAR(20)" : "DOUBLE PRECISION");
            }
            s.execute(ddl.append(")").toString());
            String marks = "?" + ", ?".repeat(t.columns().size());
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts VALUES (" + marks + ")")) {
                for (int i = 0; i < t.size(); i++) {
                    ps.setString(1, t.ids().get(i));
                    int k = 2;
                    for (Map.Entry<String, Object[]> e : t.columns().entrySet()) {
                        Object v = e.getValue()[i];
                        if (v == null) {
                            ps.setNull(k++, text.contains(e.getKey()) ? java.sql.Types.VARCHAR : java.sql.Types.DOUBLE);
                        } else {
                            ps.setObject(k++, v);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            try (ResultSet rs = s.executeQuery(sql)) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[cols - 2];
                    row[0] = rs.getObject("score");
                    row[1] = rs.getString("band");
                    for (int j = 5; j <= cols; j++) {
                        row[j - 3] = rs.getObject(j);
                    }
                    out.put(rs.getString("account_id"), row);
                }
            }
        }
        assertEquals(t.size(), out.size(), url + " returns every row");
        return out;
    }
}
