package org.healthscore.ui;

import static org.healthscore.ui.WorkbenchHarness.label;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.HealthModel;
import org.healthscore.model.SegmentWeights;
import org.healthscore.ui.charts.ScoreHistogramChart;
import org.healthscore.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live workbench through its real controls: drag, undo, redo, segments, PNG export. */
class WorkbenchLiveTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }
    @TempDir
    Path dir;

    private int[] shownHistogram(FxRobot robot, int series) {
        ScoreHistogramChart chart = robot.lookup("#score-histogram").queryAs(ScoreHistogramChart.class);
        XYChart.Series<String, Number> s = chart.getData().get(series);
        return s.getData().stream().mapToInt(d -> d.getYValue().intValue()).toArray();
    }

    /** Whether {@code node} and every parent up to the scene are visible. */
    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What the band table's cell in {@code column} shows for each band, top to bottom. */
    private static List<String> shownBandColumn(FxRobot robot, String column) {
        javafx.scene.control.TableView<?> table = robot.lookup("#band-table").queryTableView();
        var col = table.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow();
        List<String> shown = new java.util.ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            shown.add(String.valueOf(col.getCellObservableValue(row).getValue()));
        }
        return shown;
    }

    @Test
    void draggingAWeightUpdatesEveryFigureToTheEnginesValuesWithDeltas(FxRobot robot) throws Exception {
        RecomputeResult before = harness.settled();
        assertEquals("40 %", label(robot, "#weight-usage"));
        Node thumb = robot.lookup("#weight-slider-usage .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(70, 0).drop();
        RecomputeResult after = harness.settled();
        HealthModel model = vm.session().design().modelProperty().get();
        double usage = 100 * model.metric("usage").orElseThrow().weight() / model.totalWeight();
        assertTrue(usage > 50, "the drag raised usage's share: " + usage);
        assertEquals(100.0, model.totalWeight(), 1e-9, "shares sum to 100");
        assertEquals(String.format(Locale.ROOT, "%.0f %%", usage), label(robot, "#weight-usage"));

        Evaluation expected = harness.engine(model);
        assertArrayEquals(expected.histogram().churned(), shownHistogram(robot, 2));
        assertArrayEquals(expected.histogram().retained(), shownHistogram(robot, 0));
        assertEquals(String.format(Locale.ROOT, "%.3f", expected.auc()), label(robot, "#figure-auc"));
        assertEquals(expected.bandRows(), after.evaluation().bandRows());
        assertEquals(expected.bandRows().stream().map(r -> Formats.count(r.accounts())).toList(),
                shownBandColumn(robot, "Accounts"), "the band table shows the engine's accounts per band");
        assertEquals(expected.bandRows().stream().map(r -> Formats.percent(r.churnRate())).toList(),
                shownBandColumn(robot, "Churn rate"));
        assertNotEquals(before.evaluation().bandRows().stream().map(r -> Formats.count(r.accounts())).toList(),
                shownBandColumn(robot, "Accounts"), "the drag moved accounts between bands");
        double delta = expected.auc() - before.evaluation().auc();
        assertEquals(String.format(Locale.ROOT, "Δ %+.3f", delta), label(robot, "#delta-auc"));
        assertTrue(label(robot, "#detail-auc").endsWith(String.format(Locale.ROOT, "· Δ %+.3f",
                expected.gini() - before.evaluation().gini())), label(robot, "#detail-auc"));
        double greenArr = expected.bandRows().get(0).arr() - before.evaluation().bandRows().get(0).arr();
        assertEquals("churn " + Formats.percent(expected.bandRows().get(0).churnRate()) + "\n"
                        + Formats.money(expected.bandRows().get(0).arr()) + " ARR · Δ " + Formats.moneyChange(greenArr),
                label(robot, "#detail-band-green"), "Green's ARR and its change");
        assertTrue(label(robot, "#figure-band-green").endsWith("%"));
        @SuppressWarnings("unchecked")
        var bandChurn = (javafx.scene.chart.BarChart<String, Number>) robot.lookup("#band-churn").query();
        @SuppressWarnings("unchecked")
        var deciles = (javafx.scene.chart.BarChart<String, Number>) robot.lookup("#decile-chart").query();
        for (int b = 0; b < expected.bandRows().size(); b++) {
            assertEquals(100 * expected.bandRows().get(b).churnRate(),
                    bandChurn.getData().get(0).getData().get(b).getYValue().doubleValue(), 1e-9, "churn per band");
        }
        for (int d = 0; d < expected.deciles().size(); d++) {
            assertEquals(100 * expected.deciles().get(d).churnRate(),
                    deciles.getData().get(0).getData().get(d).getYValue().doubleValue(), 1e-9, "churn per decile");
        }
    }

    @Test
    void aDragRedrawsTheBarsWithoutRemakingTheScoreAxisAndTheirTooltipsSayWhatTheyHold(FxRobot robot)
            throws Exception {
        harness.settled();
        var chart = robot.lookup("#score-histogram").queryAs(ScoreHistogramChart.class);
        List<Node> scoreLabels = List.copyOf(chart.getXAxis().lookupAll("Text"));
        Node thumb = robot.lookup("#weight-slider-usage .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(70, 0).drop();
        RecomputeResult after = harness.settled();
        Evaluation.Histogram h = harness.engine(vm.session().design().modelProperty().get()).histogram();
        assertArrayEquals(h.churned(), shownHistogram(robot, 2), "the bars show the new weights");
        assertEquals(h.bins(), scoreLabels.size(), "one label per bin");
        long kept = chart.getXAxis().lookupAll("Text").stream()
                .filter(now -> scoreLabels.stream().anyMatch(before -> before == now)).count();
        assertEquals(h.bins(), kept, "the score axis kept its labels: the same nodes, not new ones every frame");
        int tallest = 0;
        for (int b = 1; b < h.bins(); b++) {
            tallest = h.total(b) > h.total(tallest) ? b : tallest;
        }
        assertEquals(String.format(Locale.ROOT, "Score %.0f–%.0f (%s)%n%,d accounts: %,d retained, %,d churned, %,d open",
                        tallest * h.binWidth(), (tallest + 1) * h.binWidth(),
                        after.scores().bands().get(h.band()[tallest]).name(), h.total(tallest),
                        h.retained()[tallest], h.churned()[tallest], h.unknown()[tallest]),
                chart.tooltipOf(tallest), "the tallest bar's tooltip gives its accounts after the drag");
        Evaluation e = harness.engine(vm.session().design().modelProperty().get());
        int last = e.bandRows().size() - 1;
        Evaluation.BandRow red = e.bandRows().get(last);
        var bandChurn = robot.lookup("#band-churn").queryAs(org.healthscore.ui.charts.BandChurnChart.class);
        assertTrue(bandChurn.tooltipOf(last).startsWith(String.format(Locale.ROOT,
                "%s (from %.0f): %.1f %% churned%n%,d accounts, %,d with an outcome, %,d churned", red.band().name(),
                red.band().lowerBound(), 100 * red.churnRate(), red.accounts(), red.known(), red.churned())),
                bandChurn.tooltipOf(last));
        Evaluation.DecileRow lowest = e.deciles().get(0);
        assertEquals(String.format(Locale.ROOT, "Decile 1: %.1f %% churned of %,d accounts%nlift %.2f× the average",
                100 * lowest.churnRate(), lowest.accounts(), lowest.lift()),
                robot.lookup("#decile-chart").queryAs(org.healthscore.ui.charts.DecileChart.class).tooltipOf(0));
    }

    @Test
    void onlyTheChosenTabIsInTheWindowAndAnotherShowsTheCurrentModelWhenChosen(FxRobot robot) throws Exception {
        harness.settled();
        assertTrue(robot.lookup("#accounts-table").tryQuery().isEmpty(), "the Accounts tab is not in the window");
        assertTrue(robot.lookup(".metric-editor").tryQuery().isEmpty(), "nor the metric editor, no metric chosen");
        Node thumb = robot.lookup("#weight-slider-usage .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(70, 0).drop();
        harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#accounts-table").queryTableView().getItems().size() == 2000);
        assertTrue(robot.lookup("#score-histogram").tryQuery().isEmpty(), "the Overview left the window");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Evaluation expected = harness.engine(vm.session().design().modelProperty().get());
        assertArrayEquals(expected.histogram().retained(), shownHistogram(robot, 0), "back, with the dragged model");
        assertEquals(String.format(Locale.ROOT, "%.3f", expected.auc()), label(robot, "#figure-auc"));
    }

    @Test
    void presentationModeEnlargesTheTypeOnTheWholeScreenAndLeavesWithF11OrEsc(FxRobot robot) throws Exception {
        harness.settled();
        Stage stage = (Stage) robot.lookup("#status").query().getScene().getWindow();
        javafx.scene.control.Label auc = robot.lookup("#figure-auc").query();
        javafx.scene.control.Label title = robot.lookup(".panel-title").query();
        double normal = auc.getFont().getSize();
        double normalTitle = title.getFont().getSize();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(auc.getFont().getSize() >= normal * 1.3, "presentation type: " + auc.getFont().getSize());
        assertTrue(title.getFont().getSize() > normalTitle, "the model's name grows too: " + title.getFont().getSize());
        double body = ((javafx.scene.control.Label) robot.lookup("#status").query()).getFont().getSize();
        assertTrue(title.getFont().getSize() > body, "and stays larger than the type around it");
        assertTrue(stage.isFullScreen(), "presentation mode takes the whole screen");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, auc.getFont().getSize(), 1e-9);
        assertTrue(!stage.isFullScreen());

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setFullScreen(false)); // what Esc does to a full-screen stage
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, auc.getFont().getSize(), 1e-9, "leaving full screen leaves presentation mode");
        assertTrue(!((javafx.scene.control.CheckMenuItem) ((javafx.scene.control.MenuBar) robot.lookup(".menu-bar")
                .query()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-presentation".equals(i.getId())).findFirst().orElseThrow()).isSelected());
    }

    @Test
    void undoRestoresTheExactPreviousFiguresAndRedoReappliesThem(FxRobot robot) throws Exception {
        RecomputeResult original = harness.settled();
        robot.clickOn("#weight-field-nps").eraseText(6).write("50").type(KeyCode.ENTER);
        RecomputeResult edited = harness.settled();
        assertEquals(50.0, 100 * vm.session().design().modelProperty().get().metric("nps").orElseThrow().weight()
                / vm.session().design().modelProperty().get().totalWeight(), 1e-9);
        assertNotEquals(original.evaluation().auc(), edited.evaluation().auc());
        assertTrue(((Stage) robot.lookup("#status").query().getScene().getWindow()).getTitle().startsWith("* "),
                "the title marks unsaved changes");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RecomputeResult undone = harness.settled();
        assertEquals(original.model(), undone.model());
        assertEquals(original.evaluation().auc(), undone.evaluation().auc(), 0.0);
        assertEquals(original.evaluation().bandRows(), undone.evaluation().bandRows());
        assertArrayEquals(original.evaluation().histogram().churned(), shownHistogram(robot, 2));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        RecomputeResult redone = harness.settled();
        assertEquals(edited.model(), redone.model());
        assertEquals(edited.evaluation().auc(), redone.evaluation().auc(), 0.0);
    }

    @Test
    void aSegmentShowsOnlyItsAccountsAndItsWeightEditLeavesTheOthersAlone(FxRobot robot) throws Exception {
        harness.settled();
        HealthModel before = vm.session().design().modelProperty().get();
        @SuppressWarnings("unchecked")
        ComboBox<String> segment = robot.lookup("#segment-view").queryAs(ComboBox.class);
        robot.interact(() -> segment.setValue("Enterprise"));
        RecomputeResult shown = harness.settled();
        var seg = vm.session().workspace().workspaceProperty().get().dataset().accounts().segment();
        int code = java.util.Arrays.asList(seg.categories()).indexOf("Enterprise");
        long enterprise = java.util.Arrays.stream(seg.values()).filter(v -> v == code).count();
        assertEquals(enterprise, shown.evaluation().accounts());
        int histogramTotal = 0;
        for (int s = 0; s < 3; s++) {
            histogramTotal += java.util.Arrays.stream(shownHistogram(robot, s)).sum();
        }
        assertEquals(enterprise, histogramTotal, "the histogram shows Enterprise accounts only");

        robot.clickOn("#weight-field-pulse").eraseText(6).write("40").type(KeyCode.ENTER);
        harness.settled();
        HealthModel after = vm.session().design().modelProperty().get();
        var enterpriseWeights = SegmentWeights.effective(after, "Enterprise");
        double pulse = enterpriseWeights.stream().filter(m -> m.key().equals("pulse")).findFirst().orElseThrow().weight();
        assertEquals(40.0, pulse, 1e-9);
        assertEquals(before.metrics(), after.metrics(), "the model's own weights (other segments) are unchanged");
        assertEquals(SegmentWeights.effective(before, "SMB"), SegmentWeights.effective(after, "SMB"));
    }

    @Test
    void aChartSavesForSlidesAtFullHdWithItsTitleAndLegendAtTwiceItsSizeAndCopies(FxRobot robot) throws Exception {
        harness.settled();
        Path png = dir.resolve("histogram.png");
        dialogs.answer(png);
        robot.clickOn("#save-png-score-histogram").clickOn("#save-slide-score-histogram");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png)
                && label(robot, "#status").startsWith("Saved ")); // encoded and written off the FX thread
        var image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertTrue(label(robot, "#status").contains("histogram.png"), label(robot, "#status"));
        // the title and subtitle are text at the top, the legend swatches carry the model's band colors
        assertTrue(darkPixels(image, 0, 140) > 2_000, "a title and a subtitle in the top rows");
        for (var band : vm.session().design().modelProperty().get().bands()) {
            java.awt.Color c = awt(band.color());
            assertTrue(hasPixel(image, 900, 1080, c), "the legend shows " + band.name() + " in " + band.color());
        }
        Path twice = dir.resolve("histogram-2x.png");
        dialogs.answer(twice);
        robot.clickOn("#save-png-score-histogram").clickOn("#save-double-score-histogram");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(twice));
        double chartWidth = robot.lookup("#score-histogram").queryAs(javafx.scene.chart.Chart.class).getWidth();
        assertEquals(Math.round(2 * chartWidth + 96), ImageIO.read(twice.toFile()).getWidth(), 1.0,
                "twice the chart's width, with the slide's margins");
        robot.clickOn("#save-png-roc-chart").clickOn("#copy-roc-chart");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image copied = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
        assertEquals(1920, copied.getWidth(), "the slide image is on the clipboard");
        assertTrue(label(robot, "#status").startsWith("Copied the chart"), label(robot, "#status"));
    }

    private static long darkPixels(java.awt.image.BufferedImage image, int fromY, int toY) {
        long n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                n += c.getRed() + c.getGreen() + c.getBlue() < 200 ? 1 : 0;
            }
        }
        return n;
    }

    private static java.awt.Color awt(String css) {
        javafx.scene.paint.Color c = javafx.scene.paint.Color.web(css);
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }

    private static boolean hasPixel(java.awt.image.BufferedImage image, int fromY, int toY, java.awt.Color want) {
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - want.getRed()) + Math.abs(c.getGreen() - want.getGreen())
                        + Math.abs(c.getBlue() - want.getBlue()) <= 6) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void anAccountsContributionsAddUpToItsScoreAndItsNotesShow(FxRobot robot) throws Exception {
        RecomputeResult r = harness.settled();
        var tabs = robot.lookup("#workbench-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(treeVisible(robot.lookup("#contributions").query()), "no empty charts before an account is chosen");
        robot.clickOn("#account-search").write("ACC-00002");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var items = robot.lookup("#accounts-table").queryTableView().getItems();
            return items.size() == 1;
        });
        robot.interact(() -> robot.lookup("#accounts-table").queryTableView().getSelectionModel().select(0));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#account-title").startsWith("ACC-00002"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + label(robot, "#status"), e);
        }
        assertTrue(treeVisible(robot.lookup("#contributions").query()), "the chosen account's charts");
        int i = java.util.Arrays.asList(r.scores().frame().accounts().ids()).indexOf("ACC-00002");
        double sum = 0;
        @SuppressWarnings("unchecked")
        var chart = (javafx.scene.chart.BarChart<Number, String>) robot.lookup("#contributions").query();
        for (var d : chart.getData().get(0).getData()) {
            sum += d.getXValue().doubleValue();
        }
        assertEquals(r.scores().score()[i], sum, 1e-9, "the bars add up to the account's score");
        assertTrue(label(robot, "#account-summary").startsWith(String.format(Locale.ROOT, "Score %.1f",
                r.scores().score()[i])));
        @SuppressWarnings("unchecked")
        var history = (javafx.scene.chart.LineChart<Number, Number>) robot.lookup("#score-history").query();
        WaitForAsyncUtils.waitForFxEvents();
        var line = history.getData().get(0).getData();
        int[] span = vm.session().workspace().workspaceProperty().get().observationSpan();
        int outcome = r.scores().frame().accounts().outcomeDay()[i];
        int end = outcome == org.healthscore.data.AccountTable.NO_DAY ? span[1] : Math.min(span[1], outcome);
        var expected = org.healthscore.engine.ScoreHistory.of(vm.session().workspace().workspaceProperty().get().dataset(),
                r.scores().metricsOf(i),
                r.scores().weightsOf(i), i, span[0], end, 14);
        assertEquals(end, line.get(line.size() - 1).getXValue().intValue(), "the history ends at the outcome, if any");
        var stripes = robot.lookup("#score-history .band-stripe").queryAllAs(javafx.scene.shape.Rectangle.class);
        assertEquals(r.scores().bandsOf(i).size(), stripes.size(), "a stripe in each band's color behind the line");
        assertTrue(stripes.stream().allMatch(st -> st.getHeight() > 0), "every band's stripe is drawn");
        assertEquals(expected.scores()[expected.scores().length - 1], line.get(line.size() - 1).getYValue().doubleValue(),
                1e-9, "and shows the score of that day");
        @SuppressWarnings("unchecked")
        var overTime = (javafx.scene.chart.StackedAreaChart<Number, Number>) robot.lookup("#contributions-history").query();
        assertEquals(r.model().metrics().size(), overTime.getData().size(), "one area per metric");
        int mid = expected.days().length / 2;
        double stacked = 0;
        for (var area : overTime.getData()) {
            stacked += area.getData().get(mid).getYValue().doubleValue();
        }
        assertEquals(expected.scores()[mid], stacked, 1e-9, "the stacked contributions on a past day make its score");
        var notes = robot.lookup("#account-notes").queryListView().getItems();
        assertTrue(!notes.isEmpty() && notes.stream().anyMatch(n -> n.toString().contains("csm_pulse")),
                "the account's CSM notes show: " + notes);
    }

    @Test
    void editingAThresholdChangesTheBandsAndUndoRestoresTheExactFigures(FxRobot robot) throws Exception {
        RecomputeResult original = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#norm-high").query().isVisible(), "the metric editor opens");
        assertEquals("0.750", robot.lookup("#norm-high").queryAs(javafx.scene.control.TextField.class).getText());
        // demand more usage for full points: healthy from 0.75 to 0.95
        robot.doubleClickOn("#norm-high").eraseText(8).write("0.95").type(KeyCode.ENTER);
        RecomputeResult edited = harness.settled();
        var usage = (org.healthscore.model.Normalization.Thresholds) vm.session().design().modelProperty().get().metric("usage")
                .orElseThrow().normalization();
        assertEquals(0.95, usage.healthy(), 1e-12);
        Evaluation expected = harness.engine(vm.session().design().modelProperty().get());
        assertEquals(expected.bandRows(), edited.evaluation().bandRows());
        assertTrue(edited.evaluation().bandRows().get(0).accounts() < original.evaluation().bandRows().get(0).accounts(),
                "a stricter usage threshold puts fewer accounts in Green");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RecomputeResult undone = harness.settled();
        assertEquals(original.model(), undone.model());
        assertEquals(original.evaluation().bandRows(), undone.evaluation().bandRows());
        assertEquals("0.750", robot.lookup("#norm-high").queryAs(javafx.scene.control.TextField.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(edited.evaluation().bandRows(), harness.settled().evaluation().bandRows());
    }

    @Test
    void draggingABandEdgeMovesAccountsBetweenBands(FxRobot robot) throws Exception {
        RecomputeResult original = harness.settled();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#band-edge-0").tryQuery().isPresent());
        javafx.scene.control.Slider green = robot.lookup("#band-edge-0").queryAs(javafx.scene.control.Slider.class);
        assertEquals(80.0, green.getValue(), 1e-9);
        robot.interact(() -> green.setValue(70));
        RecomputeResult edited = harness.settled();
        assertEquals(70.0, vm.session().design().modelProperty().get().bands().get(0).lowerBound(), 1e-9);
        Evaluation expected = harness.engine(vm.session().design().modelProperty().get());
        assertEquals(expected.bandRows(), edited.evaluation().bandRows());
        assertTrue(edited.evaluation().bandRows().get(0).accounts() > original.evaluation().bandRows().get(0).accounts(),
                "a lower Green edge holds more accounts");
        robot.interact(() -> green.setValue(59)); // cannot pass Yellow's edge at 60
        harness.settled();
        assertEquals(61.0, vm.session().design().modelProperty().get().bands().get(0).lowerBound(), 1e-9);
    }

    @Test
    void suggestedBandEdgesAreAppliedAsOneUndoStepWithTheirHeldOutFigures(FxRobot robot) throws Exception {
        RecomputeResult original = harness.settled();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#suggest-bands").tryQuery().isPresent());
        robot.clickOn("#suggest-bands");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#band-suggestion").startsWith("Edges applied"));
        // the same suggestion, computed here from the scores the window showed
        double[] current = original.model().bands().stream().mapToDouble(b -> b.lowerBound()).toArray();
        var expected = org.healthscore.engine.calibration.BandEdgeSuggestion.suggest(original.scores().score(),
                original.scores().frame().accounts().outcome(), null, current, 5,
                org.healthscore.engine.calibration.Folds.DEFAULT_SEED, org.healthscore.engine.Cancel.NEVER);
        RecomputeResult applied = harness.settled();
        double[] now = vm.session().design().modelProperty().get().bands().stream().mapToDouble(b -> b.lowerBound()).toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected.lowerBounds(), now, 1e-9);
        assertEquals(harness.engine(vm.session().design().modelProperty().get()).bandRows(), applied.evaluation().bandRows());
        String text = label(robot, "#band-suggestion");
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "(lift %.2f), ", expected.current().lift())), text);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(original.model(), harness.settled().model(), "one undo step");
    }

    @Test
    void percentileBinsAreFrozenFromTheDataAndMetricsCanBeReordered(FxRobot robot) throws Exception {
        harness.settled();
        robot.clickOn("#edit-metric-pulse");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> type = robot.lookup("#norm-type").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue("Percentile bins (5)"));
        harness.settled();
        var pulse = vm.session().design().modelProperty().get().metric("pulse").orElseThrow();
        var bins = (org.healthscore.model.Normalization.Bins) pulse.normalization();
        var raw = vm.session().workspace().workspaceProperty().get().frame().metric("pulse");
        var expected = org.healthscore.engine.PercentileBins.of(raw, 5, pulse.direction());
        assertEquals(expected, bins, "the cut points are the data's percentiles, frozen into the model");
        robot.clickOn("Move up");
        harness.settled();
        assertEquals(List.of("setup", "usage", "pulse", "nps"),
                vm.session().design().modelProperty().get().metrics().stream().map(m -> m.key()).toList());
    }

    @Test
    void draggingAGreenEdgeOnTheHistogramMovesItAndIsOneUndoStep(FxRobot robot) throws Exception {
        RecomputeResult original = harness.settled();
        var chart = robot.lookup("#score-histogram").queryAs(ScoreHistogramChart.class);
        var axis = (javafx.scene.chart.CategoryAxis) chart.getXAxis();
        double slot = axis.getDisplayPosition(axis.getCategories().get(1))
                - axis.getDisplayPosition(axis.getCategories().get(0)); // pixels per 5 points
        Node edge = robot.lookup("#band-edge-grab-0").query();
        // drag Green's edge two bins (10 points) to the left: from 80 to about 70
        robot.drag(edge, MouseButton.PRIMARY).moveBy(-slot, 0).moveBy(-slot, 0).drop();
        RecomputeResult moved = harness.settled();
        double green = vm.session().design().modelProperty().get().bands().get(0).lowerBound();
        assertEquals(70.0, green, 1.0, "the edge follows the pointer");
        assertEquals(harness.engine(vm.session().design().modelProperty().get()).bandRows(), moved.evaluation().bandRows());
        assertTrue(moved.evaluation().bandRows().get(0).accounts() > original.evaluation().bandRows().get(0).accounts(),
                "a lower Green edge holds more accounts");
        assertEquals(String.format(java.util.Locale.ROOT, "≥ %.0f", green), label(robot, "#band-edge-caption-0"),
                "the edge is labelled with its new score");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(original.model(), harness.settled().model(), "the whole drag is one undo step");
    }
}
