package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.Test;

/** `export-sql --workspace`: the six-metric model (trends, ratios) exports, and its SQL runs on the .hsw file. */
class ExportSqlWorkspaceTest extends OnTheSample {
    @Test
    void theSixMetricModelExportsAndItsSqlScoresTheWorkspaceAsTheEngineDoes() throws Exception {
        CliRun r = CliRun.run("export-sql", "--model", "sample-data/models/six-metric.json", "--workspace",
                workspace.toString(), "--as-of", "2026-06-30");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("-- Health score model \"Six-metric starter\": every account of "), r.out());
        assertTrue(r.out().contains("scored as of 2026-06-30 from its history"));
        int day = (int) LocalDate.of(2026, 6, 30).toEpochDay();
        var model = StarterTemplates.sixMetric();
        Scores engine = new ScoringEngine(new FrameAssembler(dataset).assemble(model.metrics(), AsOfPolicy.fixed(day)))
                .score(model, Cancel.NEVER);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < engine.size(); i++) {
            index.put(engine.frame().accounts().ids()[i], i);
        }
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(r.out().replaceAll(";\\s*$", ""))) {
            while (rs.next()) {
                int i = index.get(rs.getString("account_id"));
                double expected = engine.score()[i];
                Object got = rs.getObject("score");
                if (Double.isNaN(expected)) {
                    assertEquals(null, got);
                } else {
                    assertEquals(expected, ((Number) got).doubleValue(), 1e-9, rs.getString("account_id"));
                }
                rows++;
            }
        }
        assertEquals(engine.size(), rows);
    }

    @Test
    void refusesATableAndAWorkspaceTogetherOrNeither() {
        String both = "error: give --table (a one-row-per-account table) or --workspace (history), not both";
        CliRun neither = CliRun.run("export-sql", "--model", "sample-data/models/six-metric.json");
        assertEquals("error: give --table (a one-row-per-account table) or --workspace (history)",
                neither.err().strip());
        CliRun twice = CliRun.run("export-sql", "--model", "sample-data/models/six-metric.json", "--table", "t",
                "--workspace", workspace.toString());
        assertEquals(both, twice.err().strip());
        CliRun dialect = CliRun.run("export-sql", "--model", "sample-data/models/four-metric.json", "--table", "t",
                "--dialect", "oracle");
        assertEquals("error: --dialect is standard or spark, not oracle", dialect.err().strip());
        CliRun spark = CliRun.run("export-sql", "--model", "sample-data/models/four-metric.json", "--table", "t",
                "--dialect", "spark");
        assertTrue(spark.out().contains("FROM `t`") && spark.out().contains("AS DOUBLE)")
                && !spark.out().contains("PRECISION"), spark.out());
        CliRun trend = CliRun.run("export-sql", "--model", "sample-data/models/six-metric.json", "--table", "t");
        assertTrue(trend.err().contains("export it from a workspace (export-sql --workspace W.hsw --as-of D)"),
                trend.err());
    }
}
