package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.healthscore.data.ObservationSeries;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.model.HealthModel;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge-case table of docs/MODEL_FORMAT.md, read from the doc itself and scored row by row: a model file with
 * the row's metric, the row's cell read as a one-row-per-account file does (or, with an age, as an observation that
 * old), the points it gets. The doc and the engine cannot drift apart.
 */
class EdgeCaseTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int AS_OF = 20_000;

    record Row(String name, String normalization, String direction, String missing, String cell, String age,
               String points) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() throws Exception {
        String doc = Files.readString(Path.of("docs/MODEL_FORMAT.md"), StandardCharsets.UTF_8);
        int from = doc.indexOf("<!-- edge-cases: begin -->");
        int to = doc.indexOf("<!-- edge-cases: end -->");
        assertTrue(from >= 0 && to > from, "the doc has its edge-case table");
        List<Row> rows = new ArrayList<>();
        for (String line : doc.substring(from, to).split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| case ") || line.startsWith("|---")) {
                continue;
            }
            String[] c = line.strip().substring(1, line.strip().length() - 1).split("\\|", -1);
            assertEquals(7, c.length, "seven columns: " + line);
            rows.add(new Row(c[0].trim(), code(c[1]), c[2].trim(), c[3].trim(), code(c[4]), c[5].trim(), c[6].trim()));
        }
        assertTrue(rows.size() >= 20, "the table has its rows: " + rows.size());
        return rows.stream();
    }

    /** A cell's `code`, spaces inside kept (a padded value is the case). */
    private static String code(String cell) {
        String t = cell.strip();
        return t.startsWith("`") && t.endsWith("`") && t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
    }

    /** The row's metric in a real model file (the four-metric starter's first metric, rewritten), read back. */
    private static HealthModel model(Row row, boolean ratio) throws Exception {
        HealthModel one = StarterTemplates.fourMetric().withMetrics(List.of(StarterTemplates.fourMetric().metrics()
                .get(0)));
        ObjectNode doc = (ObjectNode) JSON.readTree(ModelJsonWriter.write(ModelDocument.of(one)));
        ObjectNode metric = (ObjectNode) doc.withArray("metrics").get(0);
        metric.set("normalization", JSON.readTree(row.normalization()));
        metric.set("source", JSON.readTree(ratio ? "{\"type\":\"ratio\",\"numerator\":\"a\",\"denominator\":\"b\"}"
                : "{\"type\":\"column\",\"column\":\"x\"}"));
        metric.put("direction", row.direction().equals("higher") ? "higher_is_better" : "lower_is_better");
        metric.put("missing", row.missing());
        metric.put("staleness_days", 120);
        return ModelJsonReader.parse(row.name(), JSON.writeValueAsBytes(doc), null).model();
    }

    /**
     * The same rows through the generated SQL, in SQLite, DuckDB, Spark SQL (and PostgreSQL when .ci/run started
     * one), on a table as a warehouse holds it: a number in a DOUBLE column, a category in a text column. Left out:
     * rows about reading a CSV cell that a typed column cannot hold ("2f", "NaN") and the one gap the doc names (a
     * non-canonical numeric key beside the canonical one). A row with an age is one observation that old, scored by
     * the history SQL of export-sql --workspace.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theSqlGivesTheSamePointsInEverySqlEngine(Row row) throws Exception {
        boolean ratio = row.cell().contains(" / ");
        boolean categorical = row.normalization().contains("\"categorical\"");
        boolean history = !row.age().isEmpty();
        org.junit.jupiter.api.Assumptions.assumeFalse(row.name().equals("the cell's own text first"), "the documented gap");
        String[] cells = ratio ? row.cell().split(" / ") : new String[] {row.cell()};
        for (String c : cells) {
            org.junit.jupiter.api.Assumptions.assumeTrue(categorical || c.isBlank() || !Double.isNaN(RowScorer.number(c)),
                    "a cell a DOUBLE column cannot hold");
        }
        HealthModel model = model(row, ratio);
        // a row with an age: one observation that old in a table of dated rows, scored by export-sql --workspace's SQL
        String sql = history ? org.healthscore.io.sql.HistorySql.generate(model, new org.healthscore.io.sql.HistorySql
                .Layout(new org.healthscore.io.sql.HistorySql.Table("accounts", "account_id", null, null,
                java.util.Set.of()), List.of(new org.healthscore.io.sql.HistorySql.Table("obs", "account_id", "as_of",
                "line", java.util.Set.of("x")))), java.time.LocalDate.ofEpochDay(AS_OF))
                : org.healthscore.io.sql.ScoringSql.generate(model, "accounts", "account_id");
        List<String> urls = new ArrayList<>(List.of("jdbc:sqlite::memory:", "jdbc:duckdb:"));
        String postgres = System.getenv("HSW_TEST_POSTGRES_URL"); // the server .ci/run starts, when there is one
        if (postgres != null && !postgres.isBlank()) {
            urls.add(postgres);
        }
        for (String url : urls) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                 java.sql.Statement st = c.createStatement()) {
                if (url.startsWith("jdbc:postgresql")) {
                    st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS edge_probe (x int)"); // pg_temp exists
                    st.execute("SET search_path TO pg_temp"); // the tables below vanish with the connection
                }
                String type = categorical ? "VARCHAR(100)" : "DOUBLE PRECISION";
                if (history) {
                    st.execute("CREATE TABLE accounts (account_id VARCHAR(10))");
                    st.execute("INSERT INTO accounts VALUES ('A')");
                    st.execute("CREATE TABLE obs (account_id VARCHAR(10), as_of " + (url.contains("duckdb") ? "DATE"
                            : "TEXT") + ", line INTEGER, x " + type + ")");
                    st.execute("INSERT INTO obs VALUES ('A', '" + java.time.LocalDate.ofEpochDay(AS_OF
                            - Integer.parseInt(row.age())) + "', 1, " + RowScorer.number(row.cell()) + ")");
                    expect(row, model, st, sql, url);
                    continue;
                }
                st.execute(ratio ? "CREATE TABLE accounts (account_id VARCHAR(10), a " + type + ", b " + type + ")"
                        : "CREATE TABLE accounts (account_id VARCHAR(10), x " + type + ")");
                try (var ps = c.prepareStatement(ratio ? "INSERT INTO accounts VALUES ('A', ?, ?)"
                        : "INSERT INTO accounts VALUES ('A', ?)")) {
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i].isBlank()) {
                            ps.setNull(i + 1, categorical ? java.sql.Types.VARCHAR : java.sql.Types.DOUBLE);
                        } else if (categorical) {
                            ps.setString(i + 1, cells[i]);
                        } else {
                            ps.setDouble(i + 1, RowScorer.number(cells[i]));
                        }
                    }
                    ps.executeUpdate();
                }
                expect(row, model, st, sql, url);
            }
        }
        spark(row, model, sql, history, categorical, cells);
    }

    /** The same row in Spark SQL with --dialect spark: the tables as one-row views, spelled by the dialect too. */
    private static void spark(Row row, HealthModel model, String sql, boolean history, boolean categorical,
                              String[] cells) {
        var spark = org.healthscore.io.sql.SparkLocal.session();
        var dialect = org.healthscore.io.sql.SqlDialect.SPARK;
        String type = categorical ? "VARCHAR(100)" : "DOUBLE PRECISION";
        if (history) {
            spark.sql(dialect.rewrite("SELECT 'A' AS \"account_id\"")).createOrReplaceTempView("accounts");
            spark.sql(dialect.rewrite("SELECT 'A' AS \"account_id\", DATE '" + java.time.LocalDate.ofEpochDay(AS_OF
                    - Integer.parseInt(row.age())) + "' AS \"as_of\", 1 AS \"line\", CAST(" + RowScorer.number(
                    row.cell()) + " AS DOUBLE PRECISION) AS \"x\"")).createOrReplaceTempView("obs");
        } else {
            String[] names = cells.length == 2 ? new String[] {"a", "b"} : new String[] {"x"};
            StringBuilder select = new StringBuilder("SELECT 'A' AS \"account_id\"");
            for (int i = 0; i < cells.length; i++) {
                String value = cells[i].isBlank() ? "NULL" : categorical ? "'" + cells[i].replace("'", "''") + "'"
                        : Double.toString(RowScorer.number(cells[i]));
                select.append(", CAST(").append(value).append(" AS ").append(type).append(") AS \"").append(names[i])
                        .append('"');
            }
            spark.sql(dialect.rewrite(select.toString())).createOrReplaceTempView("accounts");
        }
        var result = spark.sql(dialect.rewrite(sql).replaceAll(";\\s*$", "")).collectAsList();
        assertEquals(1, result.size());
        Object p = result.get(0).get(result.get(0).fieldIndex("points_" + model.metrics().get(0).key()));
        if (row.points().equals("missing")) {
            assertEquals(null, p, "Spark SQL: " + row.name());
        } else {
            assertEquals(Double.parseDouble(row.points()), ((Number) p).doubleValue(), 1e-12,
                    "Spark SQL: " + row.name());
        }
    }

    private static void expect(Row row, HealthModel model, java.sql.Statement st, String sql, String url)
            throws Exception {
        try (var rs = st.executeQuery(sql.replaceAll(";\\s*$", ""))) {
            assertTrue(rs.next());
            Object p = rs.getObject("points_" + model.metrics().get(0).key());
            if (row.points().equals("missing")) {
                assertEquals(null, p, url + ": " + row.name());
            } else {
                assertEquals(Double.parseDouble(row.points()), ((Number) p).doubleValue(), 1e-12,
                        url + ": " + row.name());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowGetsThePointsTheDocSays(Row row) throws Exception {
        boolean ratio = row.cell().contains(" / ");
        HealthModel model = model(row, ratio);
        double points;
        if (!row.age().isEmpty()) {
            int age = Integer.parseInt(row.age());
            ObservationSeries series = new ObservationSeries.Builder("x", 1, null)
                    .add(0, AS_OF - age, RowScorer.number(row.cell())).build();
            points = MetricPoints.single(model.metrics().get(0), series.valueAsOf(0, AS_OF, 120));
        } else {
            Map<String, String> cells = new HashMap<>();
            if (ratio) {
                String[] parts = row.cell().split(" / ");
                cells.put("a", parts[0]);
                cells.put("b", parts[1]);
            } else {
                cells.put("x", row.cell());
            }
            points = new RowScorer(model).score(cells::get).points()[0];
        }
        if (row.points().equals("missing")) {
            assertTrue(Double.isNaN(points), row.name() + ": missing, not " + points);
        } else {
            assertEquals(Double.parseDouble(row.points()), points, 1e-12, row.name());
        }
    }
}
