package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.healthscore.engine.RowScorer;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import --overrides`, `overrides` and `score --overrides`: overrides are data beside the model, whole or none. */
class OverridesCliTest extends OnTheSample {
    private static final String MODEL = "sample-data/models/four-metric.json";

    @TempDir
    Path dir;

    @Test
    void aFileWithABadRowImportsNothingThenTheGoodOneImportsAndExportsAsItWasGiven() throws Exception {
        // accounts without an outcome yet: scored as of the latest day, on which the imported overrides start
        var a = dataset.accounts();
        String[] ids = java.util.stream.IntStream.range(0, a.size())
                .filter(i -> a.outcome()[i] == org.healthscore.data.Outcome.UNKNOWN).mapToObj(i -> a.ids()[i])
                .toArray(String[]::new);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "account_id,band,note,until\n" + ids[0] + ",Red,Champion left,2027-03-01\n" + ids[1]
                + ",Teal,typo,2027-03-01\n");
        CliRun refused = CliRun.run("import", "--workspace", workspace.toString(), "--overrides", bad.toString(),
                "--model", MODEL);
        assertEquals(3, refused.code(), refused.err());
        assertTrue(refused.err().contains("rejected: bad.csv line 3: band 'Teal' is not one of the model's: Green, "
                + "Yellow, Orange, Red"), refused.err());
        assertTrue(CliRun.run("overrides", "--workspace", workspace.toString()).out().contains("0 CSM overrides"),
                "nothing of the bad file was stored");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "account_id,band,metric,points,note,author,until\n" + ids[0]
                + ",Red,,,Champion left,ann,2027-03-01\n" + ids[1] + ",,usage,9.5,Usage feed broken,bob,\n");
        CliRun imported = CliRun.run("import", "--workspace", workspace.toString(), "--overrides", good.toString(),
                "--model", MODEL);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("Imported 2 CSM overrides into"), imported.out());
        CliRun listed = CliRun.run("overrides", "--workspace", workspace.toString());
        assertTrue(listed.out().contains("band Red"), listed.out());
        assertTrue(listed.out().contains("usage 9.5 points"), listed.out());
        assertTrue(listed.out().lines().filter(l -> l.startsWith("active")).count() == 2, listed.out());
        Path out = dir.resolve("exported.csv");
        assertEquals(0, CliRun.run("overrides", "--workspace", workspace.toString(), "--out", out.toString()).code());
        List<String> lines = Files.readAllLines(out);
        assertEquals("account_id,band,metric,points,note,author,from,until,status,removed_on,removed_by,created_at",
                lines.get(0));
        int latest = dataset.observationSpan()[1];
        String from = java.time.LocalDate.ofEpochDay(latest).toString();
        assertTrue(lines.get(1).startsWith(ids[0] + ",Red,,,Champion left,ann," + from + ",2027-03-01,active,"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith(ids[1] + ",,usage,9.5,Usage feed broken,bob," + from + ","
                + java.time.LocalDate.ofEpochDay(latest + 90) + ",active"), "no until: 90 days " + lines.get(2));

        // the report states the figures after them beside the model's
        Path html = dir.resolve("report.html");
        CliRun report = CliRun.run("report", "--workspace", workspace.toString(), "--model", MODEL, "--out",
                html.toString());
        assertEquals(0, report.code(), report.err());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html.toFile());
        assertTrue(doc.text().contains("2 CSM overrides are kept beside this model (never inside it). On the report's "
                + "date they hold on 2 accounts"), doc.text());
        var rows = doc.select("#overrides tr");
        assertEquals(5, rows.size(), "a header and the four bands");
        long modelTotal = 0;
        long afterTotal = 0;
        for (int r = 1; r < rows.size(); r++) {
            modelTotal += Long.parseLong(rows.get(r).child(1).text().replace(",", ""));
            afterTotal += Long.parseLong(rows.get(r).child(2).text().replace(",", ""));
        }
        assertEquals(modelTotal, afterTotal, "overrides move accounts between bands, never add or drop one");
        assertTrue(doc.getElementById("csm-verdict").text().startsWith("Were the CSMs right?"));
    }

    /**
     * Each row's final band and score against a second computation: the band override's band, and the points
     * override's score from the row's own points with that one replaced, weighted by the model's weights.
     */
    @Test
    void scoreCarriesTheModelsBandTheFinalBandAndTheNote() throws Exception {
        HealthModel model = StarterTemplates.fourMetric();
        RowScorer scorer = new RowScorer(model);
        List<String> columns = List.copyOf(scorer.requiredColumns());
        Random r = new Random(7);
        StringBuilder csv = new StringBuilder("account_id," + String.join(",", columns) + "\n");
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<String, String> row = new HashMap<>();
            StringBuilder line = new StringBuilder("A" + i);
            for (String c : columns) {
                String v = Double.toString(Math.round(r.nextDouble() * 1000) / 100.0);
                row.put(c, v);
                line.append(',').append(v);
            }
            rows.add(row);
            csv.append(line).append('\n');
        }
        Path data = dir.resolve("accounts.csv");
        Files.writeString(data, csv);
        Path overrides = dir.resolve("overrides.csv");
        Files.writeString(overrides, "account_id,band,metric,points,note,from,until\n"
                + "A3,Green,,,Exec sponsor re-engaged,,2099-01-01\n"
                + "A4,,usage,0,Usage collapsed after the migration,,2099-01-01\n"
                + "A5,Red,,,Expired,2020-01-01,2020-06-01\n");
        Path out = dir.resolve("scores.csv");
        CliRun run = CliRun.run("score", "--model", MODEL, "--data", data.toString(), "--out", out.toString(),
                "--overrides", overrides.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("model_band", "final_band", "final_score", "override_note"),
                header.subList(header.size() - 4, header.size()));
        for (int i = 0; i < 50; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            Map<String, String> row = rows.get(i);
            RowScorer.Result expected = scorer.score(row::get);
            int n = cells.length;
            assertEquals(expected.band(), cells[2], "the model's band stays in band");
            assertEquals(expected.band(), cells[n - 4], "model_band");
            if (i == 3) {
                assertEquals("Green", cells[n - 3]);
                assertEquals(expected.score(), Double.parseDouble(cells[n - 2]), 1e-9, "a band override keeps the score");
                assertEquals("Exec sponsor re-engaged", cells[n - 1]);
            } else if (i == 4) {
                int usage = model.indexOf("usage");
                double num = 0;
                double den = 0;
                for (int j = 0; j < model.metrics().size(); j++) {
                    Metric m = model.metrics().get(j);
                    double p = j == usage ? 0 : expected.points()[j];
                    if (!Double.isNaN(p)) {
                        num += m.weight() * p;
                        den += m.weight();
                    }
                }
                double finalScore = 100 * num / (10 * den);
                assertEquals(finalScore, Double.parseDouble(cells[n - 2]), 1e-9);
                assertEquals(org.healthscore.model.Bands.descending(model.bands()).stream()
                        .filter(b -> finalScore >= b.lowerBound()).findFirst().orElseThrow().name(), cells[n - 3]);
                assertEquals("Usage collapsed after the migration", cells[n - 1]);
            } else {
                assertEquals(expected.band(), cells[n - 3], "no override (A5's expired in 2020): the model's band");
                assertEquals("", cells[n - 1]);
            }
        }
    }

    @Test
    void scoreRefusesABadOverridesFileAndWritesNothing() throws Exception {
        Path data = dir.resolve("accounts.csv");
        Files.writeString(data, "account_id,setup_pct\nA1,50\n");
        Path overrides = dir.resolve("overrides.csv");
        Files.writeString(overrides, "account_id,band,note\nA1,Green,\n");
        Path out = dir.resolve("scores.csv");
        CliRun run = CliRun.run("score", "--model", MODEL, "--data", data.toString(), "--out", out.toString(),
                "--overrides", overrides.toString());
        assertEquals(1, run.code());
        assertEquals("error: 1 row(s) of overrides.csv cannot be read, nothing was written: overrides.csv line 2: no "
                + "note: every override says why", run.err().strip());
        assertFalse(Files.exists(out));
    }
}
