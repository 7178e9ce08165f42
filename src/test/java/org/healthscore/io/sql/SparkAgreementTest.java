package org.healthscore.io.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
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
            var tables = WorkspaceTables.columns(ws.connection(), type -> switch (type) {
                case "INTEGER", "BOOLEAN" -> "BIGINT";
                case "DECIMAL" -> "DOUBLE";
                case "DATE" -> "DATE";
                default -> "STRING";
            }, "BIGINT");
            for (var t : tables.entrySet()) {
                Path csv = dir.resolve(t.getKey() + ".csv");
                try (java.io.Writer w = Files.newBufferedWriter(csv)) {
                    WorkspaceTables.csv(ws.connection(), t.getKey(), WorkspaceTables.names(t.getValue()), w);
                }
                String schema = String.join(", ", t.getValue().entrySet().stream()
                        .map(c -> "`" + c.getKey().replace("`", "``") + "` " + c.getValue()).toList());
                spark.read().schema(schema).option("header", "false").option("nullValue", "")
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

}
