package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.model.HealthModel;
import org.healthscore.model.StarterTemplates;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export model… and Import model…, driven through the real menu. */
@ExtendWith(ApplicationExtension.class)
class ModelFileMenuTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    WorkbenchHarness harness;
    Path answer;

    @Start
    void start(Stage stage) {
        FileDialogs dialogs = new FakeDialogs() {
            @Override
            public Optional<Path> save(String title, String name, String description, String extension) {
                return Optional.of(answer);
            }

            @Override
            public Optional<Path> open(String title, String description, String extension) {
                return Optional.of(answer);
            }
        };
        harness = new WorkbenchHarness(stage, dialogs, 1200, 800).withSample();
        vm = harness.vm;
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    private void waitForScores() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().design().resultProperty().get() != null
                && vm.session().design().resultProperty().get().model() == vm.session().design().modelProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportWritesTheModelWithItsProvenance(FxRobot robot) throws Exception {
        waitForScores();
        answer = dir.resolve("exported.json");
        robot.clickOn("File").clickOn("Export model…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(answer));
        HealthModel read = ModelJsonReader.read(answer, null).model();
        // a model without an author of its own is written with the exporting user's name as its author
        assertEquals(System.getProperty("user.name"), read.author());
        assertEquals(vm.session().design().modelProperty().get(), read.withProperties(read.name(), read.description(),
                "", read.notes()));
        JsonNode provenance = new ObjectMapper().readTree(answer.toFile()).get("provenance");
        assertEquals("sample", provenance.get("dataset").asText());
        assertEquals(vm.session().design().resultProperty().get().evaluation().auc(), provenance.get("evaluation").get("auc").asDouble(),
                1e-12);
        assertEquals(4, provenance.get("evaluation").get("bands").size());
    }

    @Test
    void propertiesAreOneUndoableEditAndTravelIntoTheModelFile(FxRobot robot) throws Exception {
        waitForScores();
        HealthModel before = vm.session().design().modelProperty().get();
        robot.clickOn(robot.lookup(".menu-bar").lookup("Model").<javafx.scene.Node>query()).clickOn("Properties…");
        robot.clickOn("#properties-name").eraseText(before.name().length()).write("   ");
        robot.clickOn("#properties-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A model needs a name.", robot.lookup("#properties-problem").queryAs(Label.class).getText());
        assertEquals(before, vm.session().design().modelProperty().get(), "refused: nothing changed");
        robot.clickOn("#properties-name").eraseText(3).write("Q4 renewal risk");
        robot.clickOn("#properties-author").write("Ana Lima");
        robot.clickOn("#properties-notes").write("Usage counts double for Enterprise after the Q3 review.");
        robot.clickOn("#properties-ok");
        WaitForAsyncUtils.waitForFxEvents();
        HealthModel after = vm.session().design().modelProperty().get();
        assertEquals(List.of("Q4 renewal risk", "Ana Lima", "Usage counts double for Enterprise after the Q3 review."),
                List.of(after.name(), after.author(), after.notes()));
        assertEquals(before.metrics(), after.metrics(), "no scoring changed");
        assertTrue(vm.session().design().dirtyProperty().get(), "an edit not yet saved as a version");
        answer = dir.resolve("q4.json");
        robot.clickOn("File").clickOn("Export model…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(answer));
        assertEquals(after, ModelJsonReader.read(answer, null).model(), "name, author and notes in the file");
        JsonNode json = new ObjectMapper().readTree(answer.toFile());
        assertEquals("Ana Lima", json.get("author").asText());
        robot.clickOn("Edit").clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, vm.session().design().modelProperty().get());
    }

    /** File → Export report compared with the scenario…: the Compare tab's scenario beside the model, with DeLong. */
    @Test
    void theReportComparesTheModelWithTheScenarioChosenInTheCompareTab(FxRobot robot) throws Exception {
        waitForScores();
        vm.compare().scenarios().save("Six metrics", org.healthscore.model.StarterTemplates.sixMetric())
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.compare().chosenProperty().get() != null);
        answer = dir.resolve("compared.html");
        robot.clickOn("File").clickOn("Export report compared with the scenario…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(answer));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(answer.toFile(), "UTF-8");
        assertEquals("Compared with Six metrics", doc.select("h2:contains(Compared with)").text());
        assertTrue(doc.select("#delong").text().startsWith("AUC Six metrics − "), doc.select("#delong").text());
        assertEquals(robot.lookup("#figure-auc").queryAs(Label.class).getText(),
                doc.select("#compare tr").get(1).select("td").get(1).text(), "A is the model on screen");
    }

    @Test
    void theReportIsWrittenForTheModelOnScreenWithTheWindowsFigures(FxRobot robot) throws Exception {
        waitForScores();
        answer = dir.resolve("report.html");
        robot.clickOn("File").clickOn("Export report…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(answer));
        WaitForAsyncUtils.waitForFxEvents();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(answer.toFile(), "UTF-8");
        assertEquals(vm.session().design().modelProperty().get().name(), doc.select("#title").text());
        assertEquals(robot.lookup("#figure-auc").queryAs(Label.class).getText(), doc.select("#card-auc .v").text(),
                "the report's AUC is the one on screen: same date, lead time and accounts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class).getText()
                .startsWith("Report written to report.html"));
        assertTrue(Files.list(dir).noneMatch(p -> p.toString().endsWith(".part")), "no half-written file left");
        answer = dir.resolve("report.pdf");
        robot.clickOn("File").clickOn("Export report as PDF…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(answer));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(answer.toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)
                    .contains(doc.select("#card-auc .v").text()), "the PDF states the same AUC");
        }
    }

    @Test
    void anInvalidModelIsRefusedWithEveryProblemAndNothingChanges(FxRobot robot) throws Exception {
        waitForScores();
        HealthModel before = vm.session().design().modelProperty().get();
        answer = dir.resolve("bad.json");
        Files.writeString(answer, ModelJsonWriter.write(ModelDocument.of(StarterTemplates.fourMetric()))
                .replaceFirst("\"weight\" : 20.0", "\"weight\" : -3")
                .replace("\"column\" : \"pulse\"", "\"column\" : \"csm_mood\""));
        robot.clickOn("File").clickOn("Import model…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems").tryQuery().isPresent());
        String text = robot.lookup("#problems").queryAs(TextArea.class).getText();
        assertTrue(text.contains("$.metrics[0].weight"), text);
        assertEquals(before, vm.session().design().modelProperty().get());
    }

    @Test
    void aValidModelReplacesTheCurrentOneAndTheFiguresFollow(FxRobot robot) throws Exception {
        waitForScores();
        double aucBefore = vm.session().design().resultProperty().get().evaluation().auc();
        answer = dir.resolve("six.json");
        Files.writeString(answer, ModelJsonWriter.write(ModelDocument.of(StarterTemplates.sixMetric())));
        robot.clickOn("File").clickOn("Import model…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().design().resultProperty().get() != null
                && vm.session().design().resultProperty().get().model().equals(StarterTemplates.sixMetric()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30 %", robot.lookup("#weight-engagement").queryAs(Label.class).getText());
        double auc = vm.session().design().resultProperty().get().evaluation().auc();
        assertTrue(auc != aucBefore, "a different model scores differently");
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", auc),
                robot.lookup("#figure-auc").queryAs(Label.class).getText());
    }
}
