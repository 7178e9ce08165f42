package org.healthscore.io.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The exported SQL in PostgreSQL: the sample workspace's tables copied into a schema of their own (dates as DATE),
 * scored from their history by the four- and six-metric starters and the mixed model of
 * {@link HistorySqlAgreementTest}, as of the latest date and a year before — every score within 1e-9 of the
 * engine's, every band equal. It needs a server: {@code .ci/run} starts Debian's on loopback and names it in
 * {@code HSW_TEST_POSTGRES_URL} (the embedded one refuses to start as root); without it the test is skipped, saying so.
 */
class PostgresAgreementTest {
    private static final String URL = System.getenv("HSW_TEST_POSTGRES_URL");
    private static Connection pg;
    private static Path workspace;
    private static Dataset dataset;
    private static String schema;

    @BeforeAll
    static void load() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "no PostgreSQL server: set HSW_TEST_POSTGRES_URL "
                + "(.ci/run starts one)");
        pg = DriverManager.getConnection(URL);
        workspace = SampleFixture.freshCopy();
        dataset = SampleFixture.dataset(workspace);
        schema = "hsw_" + Long.toHexString(System.nanoTime());
        try (Statement s = pg.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET search_path TO " + schema);
        }
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            copyTables(ws.connection());
        }
    }

    @AfterAll
    static void drop() throws Exception {
        if (pg != null) {
            try (Statement s = pg.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            pg.close();
        }
    }

    @Test
    void everyAccountScoresInPostgresAsTheEngineScoresIt() throws Exception {
        int latest = dataset.observationSpan()[1];
        for (HealthModel model : List.of(StarterTemplates.fourMetric(), StarterTemplates.sixMetric(),
                HistorySqlAgreementTest.mixed())) {
            for (int day : new int[] {latest, latest - 365}) {
                Scores engine = new ScoringEngine(new FrameAssembler(dataset).assemble(model.metrics(),
                        AsOfPolicy.fixed(day))).score(model, Cancel.NEVER);
                String sql;
                try (Workspace ws = Workspace.openReadOnly(workspace)) {
                    sql = HistorySql.generate(model, WorkspaceLayout.of(ws), LocalDate.ofEpochDay(day));
                }
                Map<String, Object[]> rows = new HashMap<>();
                try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery(sql.replaceAll(";\\s*$", ""))) {
                    while (rs.next()) {
                        rows.put(rs.getString("account_id"), new Object[] {rs.getObject("score"), rs.getString("band")});
                    }
                }
                assertEquals(engine.size(), rows.size());
                int scored = 0;
                for (int i = 0; i < engine.size(); i++) {
                    String id = engine.frame().accounts().ids()[i];
                    Object[] row = rows.get(id);
                    String where = model.name() + " as of " + LocalDate.ofEpochDay(day) + ", " + id;
                    if (Double.isNaN(engine.score()[i])) {
                        assertEquals(null, row[0], where);
                    } else {
                        assertEquals(engine.score()[i], ((Number) row[0]).doubleValue(), 1e-9, where);
                        scored++;
                    }
                    assertEquals(engine.band()[i] < 0 ? null : engine.bands().get(engine.band()[i]).name(), row[1],
                            where);
                }
                assertTrue(scored > engine.size() / 2, model.name() + ": " + scored);
            }
        }
    }

    /** Every data table of the workspace, with its column types, through COPY. */
    private static void copyTables(Connection sqlite) throws Exception {
        var tables = WorkspaceTables.columns(sqlite, type -> switch (type) {
            case "INTEGER", "BOOLEAN" -> "BIGINT";
            case "DECIMAL" -> "DOUBLE PRECISION";
            case "DATE" -> "DATE";
            default -> "TEXT";
        }, "BIGINT");
        CopyManager copy = new CopyManager(pg.unwrap(BaseConnection.class));
        for (var t : tables.entrySet()) {
            StringBuilder create = new StringBuilder();
            t.getValue().forEach((c, type) -> create.append(create.length() == 0 ? "CREATE TABLE "
                    + ScoringSql.q(t.getKey()) + " (" : ", ").append(ScoringSql.q(c)).append(' ').append(type));
            try (Statement s = pg.createStatement()) {
                s.execute(create.append(")").toString());
            }
            StringWriter csv = new StringWriter();
            WorkspaceTables.csv(sqlite, t.getKey(), WorkspaceTables.names(t.getValue()), csv);
            copy.copyIn("COPY " + ScoringSql.q(t.getKey()) + " FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        }
    }
}
