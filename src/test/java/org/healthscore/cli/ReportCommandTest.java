package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.io.report.ReportFigures;
import org.healthscore.model.HealthModel;
import org.healthscore.model.StarterTemplates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `report` on the sample workspace: one HTML file that parses, refers to nothing outside itself, escapes what a
 * model file says, and states the figures the engine computes for the same model, date and lead time.
 */
class ReportCommandTest extends OnTheSample {
    @TempDir
    static Path dir;


    private static Document report(HealthModel model, String name) throws Exception {
        Path modelFile = dir.resolve(name + ".json");
        Files.writeString(modelFile, ModelJsonWriter.write(ModelDocument.of(model)));
        Path out = dir.resolve(name + ".html");
        CliRun r = CliRun.run("report", "--workspace", workspace.toString(), "--model", modelFile.toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Report written to"), r.out());
        return Jsoup.parse(out.toFile(), "UTF-8");
    }

    @Test
    void theReportStatesTheEnginesFiguresForTheSameDateAndLead() throws Exception {
        HealthModel model = StarterTemplates.fourMetric();
        Document doc = report(model, "four");
        int day = dataset.observationSpan()[1];
        var frame = new FrameAssembler(dataset).assemble(model.metrics(), AsOfPolicy.withLead(day, 60));
        Evaluation e = Evaluator.evaluate(new ScoringEngine(frame).score(model, Cancel.NEVER),
                new EvaluationOptions(20, AccountFilter.ALL, true, 60), Cancel.NEVER);
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", e.auc()), doc.select("#card-auc .v").text());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", e.greenButChurned().length),
                doc.select("#card-green-churned .v").text());
        List<Element> rows = doc.select("#bands tr").subList(1, 1 + e.bandRows().size());
        for (int b = 0; b < e.bandRows().size(); b++) {
            Evaluation.BandRow expected = e.bandRows().get(b);
            var cells = rows.get(b).select("td");
            assertEquals(expected.band().name(), cells.get(0).text());
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", expected.accounts()), cells.get(2).text());
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * expected.churnRate()),
                    cells.get(4).text());
        }
        List<Backtest.Result> bt = Backtest.run(dataset, model, new int[] {30, 60, 90, 180}, Cancel.NEVER);
        var btRows = doc.select("#backtest tr");
        assertEquals(5, btRows.size(), "a header and four lead times");
        for (int i = 0; i < bt.size(); i++) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.3f", bt.get(i).auc()),
                    btRows.get(i + 1).select("td").get(1).text());
        }
        assertEquals(model.metrics().size(), doc.select("#metrics tr").size() - 1, "a row per metric");
        assertEquals(ReportFigures.AT_RISK, doc.select("#at-risk tr").size() - 1);
        assertEquals(6, doc.select("svg").size(), "distribution, churn per band, deciles, ROC, backtest, drift");
        // drift since half a year before, as `drift` computes it
        var drift = org.healthscore.engine.drift.DriftCheck.run(dataset, model, day - 180, day, null, Cancel.NEVER);
        var driftRows = doc.select("#drift tr");
        assertEquals(2 + model.metrics().size(), driftRows.size(), "a header, the score and each metric");
        var scoreCells = driftRows.get(1).select("td");
        assertEquals(List.of("Score", String.format(java.util.Locale.ROOT, "%.3f", drift.score().value()),
                drift.score().reading().text()), List.of(scoreCells.get(0).text(), scoreCells.get(2).text(),
                scoreCells.get(3).text()));
        for (int j = 0; j < model.metrics().size(); j++) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.3f", drift.metrics().get(j).psi().value()),
                    driftRows.get(2 + j).select("td").get(2).text(), model.metrics().get(j).label());
        }
    }

    /**
     * "How the weights hold up": the model's own weights on held-out accounts equal a brute-force count of
     * churned/renewed pairs ranked right in each held-out fold, averaged; on all accounts, the headline AUC.
     */
    @Test
    void theWeightCheckJudgesTheModelsWeightsOnHeldOutFolds() throws Exception {
        HealthModel model = StarterTemplates.fourMetric();
        Document doc = report(model, "weights");
        int day = dataset.observationSpan()[1];
        var frame = new FrameAssembler(dataset).assemble(model.metrics(), AsOfPolicy.withLead(day, 60));
        var scores = new ScoringEngine(frame).score(model, Cancel.NEVER);
        byte[] outcome = frame.accounts().outcome();
        List<Integer> known = new java.util.ArrayList<>();
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] != org.healthscore.data.Outcome.UNKNOWN) {
                known.add(i);
            }
        }
        byte[] y = new byte[known.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = outcome[known.get(r)];
        }
        int[] fold = org.healthscore.engine.calibration.Folds.assign(y, 5,
                org.healthscore.engine.calibration.Folds.DEFAULT_SEED);
        double heldOut = 0;
        for (int f = 0; f < 5; f++) {
            double right = 0;
            long pairs = 0;
            for (int a = 0; a < y.length; a++) {
                for (int b = 0; b < y.length; b++) {
                    if (fold[a] == f && fold[b] == f && y[a] == 1 && y[b] == 0) {
                        double sa = scores.score()[known.get(a)];
                        double sb = scores.score()[known.get(b)];
                        right += sa < sb ? 1 : sa == sb ? 0.5 : 0; // a churner should score below a renewal
                        pairs++;
                    }
                }
            }
            heldOut += right / pairs / 5;
        }
        var row = doc.select("#weights tr").get(1).select("td");
        assertEquals("This model's weights", row.get(0).text());
        Evaluation e = Evaluator.evaluate(scores, new EvaluationOptions(20, AccountFilter.ALL, true, 60), Cancel.NEVER);
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", e.auc()), row.get(1).text(), "on all: the headline AUC");
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", heldOut), row.get(2).text());
        assertEquals(4, doc.select("#weights tr").size(), "the model's, fitted and logistic weights");
        assertTrue(doc.select("#weights-heading").text().contains("How the weights hold up"));
        assertTrue(doc.select("#weights-verdict").text().matches(".*(within|better by|noise).*"),
                doc.select("#weights-verdict").text());
    }

    @Test
    void thePdfHoldsTheSameFiguresOnPagesThatAreDrawn() throws Exception {
        HealthModel model = StarterTemplates.fourMetric();
        Path modelFile = dir.resolve("pdf-model.json");
        Files.writeString(modelFile, ModelJsonWriter.write(ModelDocument.of(model)));
        Path html = dir.resolve("pdf.html");
        Path pdf = dir.resolve("pdf.pdf");
        CliRun r = CliRun.run("report", "--workspace", workspace.toString(), "--model", modelFile.toString(),
                "--out", html.toString(), "--pdf", pdf.toString());
        assertEquals(0, r.code(), r.err());
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 2, document.getNumberOfPages() + " pages");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String figure : List.of(doc.select("#title").text(), doc.select("#card-auc .v").text(),
                    doc.select("#card-churn .v").text(), "Would it have warned us in time?", "Most at risk by ARR",
                    doc.select("#at-risk tr").get(1).select("td").get(0).text())) {
                assertTrue(text.contains(figure), "the PDF says " + figure);
            }
            // the first page is drawn, not blank: its charts and tables put many dark and colored pixels
            var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(1, 50);
            int inked = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    inked += (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(inked > page.getWidth() * page.getHeight() / 20, "page 2 drawn: " + inked + " pixels");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path modelFile = dir.resolve("refused.json");
        Files.writeString(modelFile, ModelJsonWriter.write(ModelDocument.of(StarterTemplates.fourMetric())));
        Path html = dir.resolve("refused.html");
        Path missing = dir.resolve("no-such-folder").resolve("r.pdf");
        CliRun r = CliRun.run("report", "--workspace", workspace.toString(), "--model", modelFile.toString(),
                "--out", html.toString(), "--pdf", missing.toString());
        assertEquals(1, r.code());
        assertEquals("error: --pdf " + missing + ": the folder " + missing.getParent() + " does not exist",
                r.err().strip());
        assertTrue(Files.notExists(html), "nothing written when one of the two cannot be");
        CliRun lead = CliRun.run("report", "--workspace", workspace.toString(), "--model", modelFile.toString(),
                "--out", html.toString(), "--lead-days", "999");
        assertEquals("error: --lead-days is a number of days from 0 to 730; 999 is not", lead.err().strip());
        CliRun drift = CliRun.run("report", "--workspace", workspace.toString(), "--model", modelFile.toString(),
                "--out", html.toString(), "--as-of", "2026-06-01", "--drift-from", "2026-07-01");
        assertEquals("error: --drift-from 2026-07-01 is not before the report's date 2026-06-01", drift.err().strip());
        assertTrue(Files.notExists(html));
    }

    @Test
    void aSecondModelIsComparedOnTheSameAccountsWithItsDifferences() throws Exception {
        HealthModel a = StarterTemplates.fourMetric();
        HealthModel b = a.withMetrics(org.healthscore.model.WeightShares.setShare(a.metrics(), "usage", 70,
                java.util.Set.of())).withName("Usage-heavy");
        Path fa = dir.resolve("a.json");
        Path fb = dir.resolve("b.json");
        Files.writeString(fa, ModelJsonWriter.write(ModelDocument.of(a)));
        Files.writeString(fb, ModelJsonWriter.write(ModelDocument.of(b)));
        Path out = dir.resolve("compare.html");
        CliRun r = CliRun.run("report", "--workspace", workspace.toString(), "--model", fa.toString(), "--compare",
                fb.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Document doc = Jsoup.parse(out.toFile(), "UTF-8");
        int day = dataset.observationSpan()[1];
        double[] auc = new double[2];
        int k = 0;
        for (HealthModel m : List.of(a, b)) {
            var frame = new FrameAssembler(dataset).assemble(m.metrics(), AsOfPolicy.withLead(day, 60));
            auc[k++] = Evaluator.evaluate(new ScoringEngine(frame).score(m, Cancel.NEVER),
                    new EvaluationOptions(20, AccountFilter.ALL, true, 60), Cancel.NEVER).auc();
        }
        var aucRow = doc.select("#compare tr").get(1).select("td");
        assertEquals(List.of("AUC", String.format(java.util.Locale.ROOT, "%.3f", auc[0]),
                String.format(java.util.Locale.ROOT, "%.3f", auc[1]),
                String.format(java.util.Locale.ROOT, "%+.3f", auc[1] - auc[0])), aucRow.eachText());
        assertEquals("Compared with Usage-heavy", doc.select("h2:contains(Compared with)").text());
        // is B really better? DeLong's test on the same accounts, in words
        double[][] scores = new double[2][];
        k = 0;
        for (HealthModel m : List.of(a, b)) {
            var frame = new FrameAssembler(dataset).assemble(m.metrics(), AsOfPolicy.withLead(day, 60));
            scores[k++] = new ScoringEngine(frame).score(m, Cancel.NEVER).score();
        }
        var frame = new FrameAssembler(dataset).assemble(a.metrics(), AsOfPolicy.withLead(day, 60));
        var t = org.healthscore.engine.compare.DeLong.test(scores[0], scores[1], frame.accounts().outcome());
        String said = doc.select("#delong").text();
        assertTrue(said.startsWith(String.format(java.util.Locale.ROOT, "AUC Usage-heavy − Four-metric starter: %+.3f "
                + "(95 %% confidence interval %+.3f to %+.3f", t.difference(), t.low(), t.high())), said);
        assertTrue(said.contains(t.undecided() ? "cannot be told apart" : "unlikely to be noise"), said);
    }

    @Test
    void theFileStandsAloneAndWhatTheModelSaysIsNeverMarkup() throws Exception {
        HealthModel hostile = StarterTemplates.fourMetric().withProperties("<script>alert(1)</script> & co",
                "<img src=x onerror=alert(2)>", "Ana \"the\" analyst", "line one\n<b>line two</b>");
        Document doc = report(hostile, "hostile");
        assertTrue(doc.select("script, link, iframe, img, object, embed, b").isEmpty(), "no script, no external file");
        for (Element e : doc.getAllElements()) {
            for (String attr : List.of("src", "href")) {
                assertTrue(e.attr(attr).isEmpty(), e.tagName() + " " + attr + "=" + e.attr(attr));
            }
        }
        assertEquals("<script>alert(1)</script> & co", doc.select("#title").text());
        assertTrue(doc.text().contains("<img src=x onerror=alert(2)>"), "the description shown as text");
        assertTrue(doc.text().contains("<b>line two</b>"), "the notes shown as text");
        assertTrue(doc.text().contains("Author: Ana \"the\" analyst"));
    }
}
