package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandsTest {
    @TempDir
    Path dir;
    Path model;
    Path data;

    /** One metric: x on a line from 0 to 10, so the score is 10·x. */
    @BeforeEach
    void files() throws Exception {
        HealthModel m = new HealthModel("x only", "", List.of(new Metric("x", "x", new MetricSource.Column("x"),
                Direction.HIGHER_IS_BETTER, Normalization.linear(0, 10), MissingPolicy.REWEIGHT, 120, 1)),
                Bands.defaults(), List.of(), List.of());
        model = dir.resolve("model.json");
        Files.writeString(model, ModelJsonWriter.write(ModelDocument.of(m)));
        data = dir.resolve("accounts.csv");
        Files.writeString(data, "account_id,x,churned,arr\n=cmd(),2,yes,100\nB,4,yes,200\nC,6,no,300\nD,8,no,400\n"
                + "E,,,500\n");
    }

    @Test
    void scoreWritesScoresBandsAndPointsSafeForSpreadsheets() throws Exception {
        Path out = dir.resolve("scored.csv");
        CliRun r = CliRun.run("score", "--model", model.toString(), "--data", data.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("account_id,score,band,segment,points_x", lines.get(0));
        assertEquals("'=cmd(),20.0,Red,,2.0", lines.get(1), "a formula-looking id is defused");
        assertEquals("D,80.0,Green,,8.0", lines.get(4));
        assertEquals("E,,,,", lines.get(5), "no metric counted: unscored");
    }

    @Test
    void evaluatePrintsAucGiniKsAndTheBandTable() throws Exception {
        CliRun r = CliRun.run("evaluate", "--model", model.toString(), "--data", data.toString(), "--outcome-column", "churned",
                "--arr-column", "arr", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        // scores 20, 40 churned; 60, 80 retained: perfectly separated
        assertEquals(1.0, j.get("auc").asDouble(), 1e-12);
        assertEquals(1.0, j.get("gini").asDouble(), 1e-12);
        assertEquals(1.0, j.get("ks").asDouble(), 1e-12);
        assertEquals(5, j.get("accounts").asInt());
        assertEquals(4, j.get("scored").asInt());
        JsonNode red = j.get("bands").get(3);
        assertEquals("Red", red.get("band").asText());
        assertEquals(1.0, red.get("churn_rate").asDouble());
        assertEquals(100.0, red.get("arr").asDouble());
        assertEquals(0.0, j.get("bands").get(0).get("churn_rate").asDouble());
        CliRun text = CliRun.run("evaluate", "--model", model.toString(), "--data", data.toString(), "--outcome-column", "churned");
        assertTrue(text.out().contains("AUC 1.0000   Gini 1.0000   KS 1.0000"), text.out());
    }

    @Test
    void aMissingColumnFailsWithOneLine() {
        CliRun r = CliRun.run("score", "--model", model.toString(), "--data", data.toString(), "--out",
                dir.resolve("o.csv").toString(), "--id-column", "customer");
        assertNotEquals(0, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("accounts.csv has no column customer"), r.err());
    }

    @Test
    void anInvalidModelFailsWithThePathOfTheProblem() throws Exception {
        Files.writeString(model, Files.readString(model).replace("\"weight\" : 1.0", "\"weight\" : -1"));
        CliRun r = CliRun.run("evaluate", "--model", model.toString(), "--data", data.toString(), "--outcome-column", "churned");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("model.json") && r.err().contains("$.metrics[0].weight"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void exportSqlPrintsOneSelectAndRefusesTrends() throws Exception {
        CliRun r = CliRun.run("export-sql", "--model", model.toString(), "--table", "crm.accounts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("FROM \"crm.accounts\""), r.out());
        assertEquals(1, r.out().chars().filter(c -> c == ';').count(), "one statement");
        Path six = dir.resolve("six.json");
        Files.writeString(six, ModelJsonWriter.write(ModelDocument.of(StarterTemplates.sixMetric())));
        CliRun trend = CliRun.run("export-sql", "--model", six.toString(), "--table", "accounts");
        assertNotEquals(0, trend.code());
        assertTrue(trend.err().contains("'nps_trend' is a trend"), trend.err());
    }

    @Test
    void scoreAsOfADateTakesTheLatestValueWithinStaleness() throws Exception {
        Path history = dir.resolve("history.csv");
        Files.writeString(history, "account_id,as_of,x\nA,2026-01-01,2\nA,2026-03-01,9\nB,2025-01-01,7\n");
        Path out = dir.resolve("asof.csv");
        CliRun r = CliRun.run("score", "--model", model.toString(), "--data", history.toString(), "--out", out.toString(),
                "--as-of", "2026-02-01");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("A,20.0,Red,,2.0", lines.get(1), "the March value is after the date");
        assertEquals("B,,,,", lines.get(2), "B's only value is 396 days old: stale (limit 120)");
    }

    @Test
    void calibrateBuildsAModelFromTheDataWritesItAndReportsCrossValidatedAuc() throws Exception {
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        StringBuilder sb = new StringBuilder("account_id,usage,tickets,tier,churned\n");
        for (int i = 0; i < 3000; i++) {
            double usage = r.nextDouble() * 100;
            double tickets = r.nextDouble() * 20;
            String tier = new String[] {"gold", "silver", "bronze"}[r.nextInt(3)];
            double logit = 1.5 - 0.05 * usage + 0.08 * tickets + (tier.equals("bronze") ? 0.7 : 0);
            boolean churned = r.nextDouble() < 1 / (1 + Math.exp(-logit));
            sb.append("A").append(i).append(',').append(usage).append(',').append(tickets).append(',').append(tier)
                    .append(',').append(churned ? "yes" : "no").append('\n');
        }
        Path csv = dir.resolve("history.csv");
        Files.writeString(csv, sb.toString());
        Path out = dir.resolve("calibrated.json");
        CliRun run = CliRun.run("calibrate", "--data", csv.toString(), "--outcome-column", "churned", "--metrics",
                "usage,tickets,tier", "--out", out.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertEquals(3000, j.get("accounts_with_outcome").asInt());
        double cv = j.get("auc_cross_validated").asDouble();
        assertTrue(cv > 0.7, "the planted effects are found: " + cv);
        assertTrue(Math.abs(cv - j.get("logistic_unconstrained_auc_cross_validated").asDouble()) < 0.01);
        HealthModel m = org.healthscore.io.model.ModelJsonReader.read(out, null).model();
        assertEquals(org.healthscore.model.Direction.HIGHER_IS_BETTER, m.metric("usage").orElseThrow().direction());
        assertEquals(org.healthscore.model.Direction.LOWER_IS_BETTER, m.metric("tickets").orElseThrow().direction(),
                "more tickets, more churn: the direction comes from the data");
        var usage = m.metric("usage").orElseThrow();
        assertTrue(usage.normalization().points(90, usage.direction()) > usage.normalization().points(10,
                usage.direction()) + 5, "more usage, more points (a line fits: churn's log-odds fall straight)");
        var tier = (org.healthscore.model.Normalization.Categorical) m.metric("tier").orElseThrow().normalization();
        assertEquals(0.0, tier.pointsFor("bronze"), 1e-9, "the category that churns most earns 0 points");
        assertEquals(100.0, m.totalWeight(), 0.05);
    }
}
