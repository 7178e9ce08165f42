package org.healthscore.io.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.Workspace;
import org.healthscore.ui.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `export-sql --workspace`: one statement over the sample workspace's own tables (accounts and five files of
 * dated observations) scores every account as of a date as the engine does — each metric's latest value within
 * its own staleness, ratios, trends, categories of an observed text column, segments — in SQLite (the .hsw file
 * itself) and in DuckDB (the same tables copied, dates as DATE): every score within 1e-9, every band equal.
 */
class HistorySqlAgreementTest {
    private static Path workspace;
    private static Dataset dataset;
    private static Connection duck;

    @BeforeAll
    static void sample() throws Exception {
        workspace = SampleFixture.freshCopy();
        dataset = SampleFixture.dataset(workspace);
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            copyTables(ws.connection(), duck);
        }
    }

    /** Short staleness, a ratio and a trend of observed columns, a category of a text column, two segments. */
    static HealthModel mixed() {
        Metric usage = new Metric("usage", "Usage", new MetricSource.Ratio("active_users", "licensed_seats"),
                Direction.HIGHER_IS_BETTER, Normalization.linear(0.2, 0.9), MissingPolicy.ZERO, 45, 30);
        Metric role = new Metric("role", "NPS respondent", new MetricSource.Column("respondent_role"),
                Direction.HIGHER_IS_BETTER, new Normalization.Categorical(Map.of("Champion", 9.0, "Economic buyer",
                7.0, "User", 4.0)), MissingPolicy.NEUTRAL, 400, 15);
        Metric tickets = new Metric("tickets", "Tickets trend", new MetricSource.Trend("tickets", 90),
                Direction.LOWER_IS_BETTER, Normalization.linear(-3, 3), MissingPolicy.REWEIGHT, 40, 20);
        Metric pulse = new Metric("pulse", "Pulse", new MetricSource.Column("pulse"), Direction.HIGHER_IS_BETTER,
                new Normalization.Thresholds(3, 6, 8, true), MissingPolicy.REWEIGHT, 20, 20);
        Metric contacts = new Metric("contacts", "Contacts", new MetricSource.Column("engaged_contacts"),
                Direction.HIGHER_IS_BETTER, Normalization.interpolated(0, 2, 5), MissingPolicy.NEUTRAL, 200, 15);
        List<Segment> segments = List.of(
                new Segment("Enterprise", "segment", List.of("Enterprise"), Map.of("usage", 10.0, "role", 40.0),
                        Bands.defaults().stream().map(b -> b.lowerBound() == 0 ? b
                                : new org.healthscore.model.Band(b.name(), b.lowerBound() - 10, b.color(),
                                b.playbook())).toList()),
                new Segment("SMB", "segment", List.of(" SMB "), Map.of("tickets", 50.0), null));
        return new HealthModel("mixed", "", List.of(usage, role, tickets, pulse, contacts), Bands.defaults(), segments,
                List.of());
    }

    private static HealthModel model(String name) {
        return switch (name) {
            case "four" -> StarterTemplates.fourMetric();
            case "six" -> StarterTemplates.sixMetric();
            default -> mixed();
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"four", "six", "mixed"})
    void everyAccountScoresAsTheEngineScoresItOnTheLatestDateAndAYearBefore(String name) throws Exception {
        HealthModel model = model(name);
        int latest = dataset.observationSpan()[1];
        for (int day : new int[] {latest, latest - 365}) {
            Scores engine = new ScoringEngine(new FrameAssembler(dataset).assemble(model.metrics(),
                    AsOfPolicy.fixed(day))).score(model, Cancel.NEVER);
            String sql;
            Map<String, Object[]> sqlite;
            try (Workspace ws = Workspace.openReadOnly(workspace)) {
                sql = HistorySql.generate(model, WorkspaceLayout.of(ws), LocalDate.ofEpochDay(day));
                sqlite = run(ws.connection(), sql);
            }
            Map<String, Object[]> duckdb = run(duck, sql);
            int scored = 0;
            for (int i = 0; i < engine.size(); i++) {
                String id = engine.frame().accounts().ids()[i];
                double score = engine.score()[i];
                String band = engine.band()[i] < 0 ? null : engine.bands().get(engine.band()[i]).name();
                for (var result : List.of(sqlite, duckdb)) {
                    Object[] row = result.get(id);
                    String where = name + " as of " + LocalDate.ofEpochDay(day) + ", " + id
                            + (result == sqlite ? " in SQLite" : " in DuckDB");
                    if (Double.isNaN(score)) {
                        assertEquals(null, row[0], where);
                    } else {
                        assertEquals(score, ((Number) row[0]).doubleValue(), 1e-9, where);
                    }
                    assertEquals(band, row[1], where);
                }
                scored += Double.isNaN(score) ? 0 : 1;
            }
            assertEquals(engine.size(), sqlite.size());
            assertEquals(engine.size(), duckdb.size());
            assertTrue(scored > engine.size() / 2, "most accounts are scored: " + scored);
        }
    }

    /** Two metrics on one observed column with one staleness: its latest value is found once, and used by both. */
    @Test
    void aColumnReadTheSameWayByTwoMetricsIsLookedUpOnce() throws Exception {
        Metric level = new Metric("level", "Pulse", new MetricSource.Column("pulse"), Direction.HIGHER_IS_BETTER,
                Normalization.linear(1, 10), MissingPolicy.NEUTRAL, 90, 50);
        Metric trend = new Metric("trend", "Pulse trend", new MetricSource.Trend("pulse", 120),
                Direction.HIGHER_IS_BETTER, Normalization.linear(-4, 4), MissingPolicy.NEUTRAL, 90, 50);
        HealthModel model = new HealthModel("p", "", List.of(level, trend), Bands.defaults(), List.of(), List.of());
        int day = dataset.observationSpan()[1];
        String sql;
        Map<String, Object[]> sqlite;
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            sql = HistorySql.generate(model, WorkspaceLayout.of(ws), LocalDate.ofEpochDay(day));
            sqlite = run(ws.connection(), sql);
        }
        assertEquals(2, sql.split("ROW_NUMBER\\(\\)", -1).length - 1, "now (shared) and 120 days before: " + sql);
        Scores engine = new ScoringEngine(new FrameAssembler(dataset).assemble(model.metrics(), AsOfPolicy.fixed(day)))
                .score(model, Cancel.NEVER);
        for (int i = 0; i < engine.size(); i++) {
            Object got = sqlite.get(engine.frame().accounts().ids()[i])[0];
            assertEquals(engine.score()[i], ((Number) got).doubleValue(), 1e-9, engine.frame().accounts().ids()[i]);
        }
    }

    @Test
    void aColumnNoTableHasIsRefusedByName() throws Exception {
        Metric ghost = new Metric("ghost", "Ghost", new MetricSource.Column("no_such_column"),
                Direction.HIGHER_IS_BETTER, Normalization.linear(0, 1), MissingPolicy.NEUTRAL, 90, 100);
        HealthModel model = new HealthModel("g", "", List.of(ghost), Bands.defaults(), List.of(), List.of());
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> HistorySql.generate(model, WorkspaceLayout.of(ws), LocalDate.of(2026, 1, 1)));
            assertEquals("metric ghost reads column 'no_such_column', which none of the tables has", e.getMessage());
        }
    }

    /** account id → {score, band}. */
    private static Map<String, Object[]> run(Connection c, String sql) throws Exception {
        Map<String, Object[]> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.replaceAll(";\\s*$", ""))) {
            while (rs.next()) {
                Object score = rs.getObject("score");
                out.put(rs.getString("account_id"), new Object[] {score, rs.getString("band")});
            }
        }
        return out;
    }

    /** Every data table of the workspace into DuckDB, with its types (dates as DATE), through a CSV file. */
    private static void copyTables(Connection from, Connection to) throws Exception {
        var tables = WorkspaceTables.columns(from, type -> switch (type) {
            case "INTEGER", "BOOLEAN" -> "BIGINT";
            case "DECIMAL" -> "DOUBLE";
            case "DATE" -> "DATE";
            default -> "VARCHAR";
        }, "BIGINT");
        for (var t : tables.entrySet()) {
            // DuckDB takes a file in one go, where row-by-row inserts took seconds
            Path csv = java.nio.file.Files.createTempFile("hsw-" + t.getKey(), ".csv");
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(csv)) {
                WorkspaceTables.csv(from, t.getKey(), WorkspaceTables.names(t.getValue()), w);
            }
            StringBuilder spec = new StringBuilder();
            t.getValue().forEach((c, type) -> spec.append(spec.length() == 0 ? "{" : ", ").append(ScoringSql.text(c))
                    .append(": '").append(type).append("'"));
            try (Statement s = to.createStatement()) {
                s.execute("CREATE TABLE " + ScoringSql.q(t.getKey()) + " AS SELECT * FROM read_csv(" + ScoringSql.text(
                        csv.toString()) + ", header = false, columns = " + spec.append("}") + ", nullstr = '')");
            }
            java.nio.file.Files.delete(csv);
        }
    }
}
