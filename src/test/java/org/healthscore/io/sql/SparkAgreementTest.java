package org.healthscore.io.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.HealthModel;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.Workspace;
import org.healthscore.ui.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported SQL in Spark SQL (local mode, default settings) with `--dialect spark`: the sample workspace's
 * tables as Spark reads a warehouse's CSV files (a schema given, dates as DATE), scored from their history as of a
 * date by the four- and six-metric starters and the mixed model of {@link HistorySqlAgreementTest} — every score
 * within 1e-9 of the engine's, every band equal.
 */
class SparkAgreementTest {
    private static SparkSession spark;
    private static Path workspace;
    private static Dataset dataset;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        workspace = SampleFixture.freshCopy();
        dataset = SampleFixture.dataset(workspace);
        spark = SparkLocal.session();
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            for (Map.Entry<String, String> t : schemas(ws).entrySet()) {
                Path csv = dir.resolve(t.getKey() + ".csv");
                export(ws, t.getKey(), csv);
                spark.read().schema(t.getValue()).option("header", "false").option("nullValue", "")
                        .option("dateFormat", "yyyy-MM-dd").csv(csv.toString()).createOrReplaceTempView(t.getKey());
            }
        }
    }

    @Test
    void everyAccountScoresInSparkAsTheEngineScoresIt() throws Exception {
        int day = dataset.observationSpan()[1];
        for (HealthModel model : List.of(StarterTemplates.fourMetric(), StarterTemplates.sixMetric(),
                HistorySqlAgreementTest.mixed())) {
            Scores engine = new ScoringEngine(new FrameAssembler(dataset).assemble(model.metrics(),
                    AsOfPolicy.fixed(day))).score(model, Cancel.NEVER);
            String sql;
            try (Workspace ws = Workspace.openReadOnly(workspace)) {
                sql = SqlDialect.SPARK.rewrite(HistorySql.generate(model, WorkspaceLayout.of(ws),
                        LocalDate.ofEpochDay(day)));
            }
            Map<String, Row> rows = new HashMap<>();
            for (Row r : spark.sql(sql.replaceAll(";\\s*$", "")).collectAsList()) {
                rows.put(r.getString(r.fieldIndex("account_id")), r);
            }
            assertEquals(engine.size(), rows.size(), model.name());
            int scored = 0;
            for (int i = 0; i < engine.size(); i++) {
                String id = engine.frame().accounts().ids()[i];
                Row r = rows.get(id);
                Object score = r.get(r.fieldIndex("score"));
                String where = model.name() + ", " + id;
                if (Double.isNaN(engine.score()[i])) {
                    assertEquals(null, score, where);
                } else {
                    assertEquals(engine.score()[i], ((Number) score).doubleValue(), 1e-9, where);
                    scored++;
                }
                assertEquals(engine.band()[i] < 0 ? null : engine.bands().get(engine.band()[i]).name(),
                        r.getString(r.fieldIndex("band")), where);
            }
            assertTrue(scored > engine.size() / 2, model.name() + ": " + scored);
        }
    }

    /** Each data table's Spark schema (DDL), from the workspace's own column types; _line first. */
    private static Map<String, String> schemas(Workspace ws) throws Exception {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT d.table_name, c.name, c.type FROM dataset_column c JOIN dataset d "
                     + "ON d.id = c.dataset_id ORDER BY d.id, c.position")) {
            while (rs.next()) {
                String type = switch (rs.getString(3)) {
                    case "INTEGER", "BOOLEAN" -> "BIGINT";
                    case "DECIMAL" -> "DOUBLE";
                    case "DATE" -> "DATE";
                    default -> "STRING";
                };
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(List.of("`_line` BIGINT")))
                        .add("`" + rs.getString(2).replace("`", "``") + "` " + type);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        columns.forEach((t, c) -> out.put(t, String.join(", ", c)));
        return out;
    }

    /** A table as CSV in the schema's column order (the workspace's column positions, _line first). */
    private static void export(Workspace ws, String table, Path csv) throws Exception {
        List<String> names = new ArrayList<>(List.of("_line"));
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT c.name FROM dataset_column c JOIN dataset d ON d.id = c.dataset_id "
                     + "WHERE d.table_name = '" + table + "' ORDER BY c.position")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        String select = "SELECT " + String.join(", ", names.stream().map(ScoringSql::q).toList()) + " FROM "
                + ScoringSql.q(table);
        try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery(select);
             de.siegmar.fastcsv.writer.CsvWriter w = de.siegmar.fastcsv.writer.CsvWriter.builder().build(csv)) {
            String[] cells = new String[names.size()];
            while (rs.next()) {
                for (int k = 0; k < cells.length; k++) {
                    Object v = rs.getObject(k + 1);
                    cells[k] = v == null ? "" : v.toString();
                }
                w.writeRecord(cells);
            }
        }
        assertTrue(Files.size(csv) > 0);
    }
}
