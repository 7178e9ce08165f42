package org.healthscore.ui;

import static org.healthscore.ui.WorkbenchHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The metric editor's source and category controls, through the real window. */
class MetricEditorTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    /** Replaces the whole text of a category's points field. */
    private static void retype(FxRobot robot, String category, String text) {
        robot.clickOn("#category-points-" + category.replaceAll("[^A-Za-z0-9_-]", "-"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private Metric metric(String key) {
        return vm.session().design().modelProperty().get().metric(key).orElseThrow();
    }

    @Test
    void aRatioMetricBecomesATrendAndBackToAColumnWithTheFiguresFollowing(FxRobot robot) throws Exception {
        RecomputeResult ratio = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ratio of two columns", combo(robot, "#source-kind").getValue());
        assertEquals("licensed_seats", combo(robot, "#source-denominator").getValue());

        robot.interact(() -> combo(robot, "#source-kind").setValue("Change over days (trend)"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("usage").source() instanceof MetricSource.Trend);
        RecomputeResult trend = harness.settled();
        assertEquals(new MetricSource.Trend("active_users", 90), metric("usage").source());
        assertEquals(harness.engine(trend.model()).bandRows(), trend.evaluation().bandRows(),
                "the charts show the engine's figures for the trend");
        assertNotEquals(ratio.evaluation().auc(), trend.evaluation().auc());

        var days = robot.lookup("#trend-days").queryAs(javafx.scene.control.Spinner.class);
        robot.doubleClickOn(days.getEditor()).eraseText(3).write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("usage").source()
                .equals(new MetricSource.Trend("active_users", 30)));

        robot.interact(() -> combo(robot, "#source-kind").setValue("Column"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("usage").source()
                .equals(new MetricSource.Column("active_users")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ratio.model(), harness.settled().model(), "three undos restore the ratio");
    }

    @Test
    void theValueAtWhichPointsReachZeroIsOfferedForInterpolatedThresholdsAlone(FxRobot robot) throws Exception {
        harness.settled();
        robot.clickOn("#edit-metric-setup");
        WaitForAsyncUtils.waitForFxEvents();
        var atRisk = robot.lookup("#norm-at-risk").queryAs(javafx.scene.control.TextField.class);
        assertTrue(!atRisk.isVisible(), "a linear normalization has no such value");

        robot.interact(() -> combo(robot, "#norm-type").setValue("Interpolated thresholds"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> metric("setup").normalization() instanceof Normalization.Thresholds);
        assertTrue(atRisk.isVisible());
        var before = (Normalization.Thresholds) metric("setup").normalization();
        assertEquals(-8.0, before.atRisk(), 1e-9, "one span below the concerning value, 0 steps of 8");

        robot.doubleClickOn(atRisk).eraseText(8).write("-2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ((Normalization.Thresholds) metric("setup").normalization()).atRisk() == -2.0);
        RecomputeResult edited = harness.settled();
        assertEquals(harness.engine(edited.model()).bandRows(), edited.evaluation().bandRows());

        robot.interact(() -> combo(robot, "#norm-type").setValue("Linear"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> metric("setup").normalization() instanceof Normalization.Linear);
        assertTrue(!atRisk.isVisible(), "hidden again for a linear normalization");
    }

    @Test
    void aCategoricalColumnGetsPointsPerCategory(FxRobot robot) throws Exception {
        harness.settled();
        robot.interact(() -> combo(robot, "#add-metric").setValue("respondent_role"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().design().modelProperty().get()
                .metric("respondent_role").isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#category-points-Champion").tryQuery().isPresent()
                && robot.lookup("#category-points-Champion").query().isVisible());
        // with outcomes in the workspace, a new metric starts from points fitted to churn: the category whose
        // accounts churn least (counted here, on the accounts the window scores) earns 10, the one churning most 0
        RecomputeResult neutral = harness.settled();
        var frame = neutral.scores().frame();
        var roles = frame.metric("respondent_role");
        Map<String, double[]> counts = new java.util.HashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            byte o = frame.accounts().outcome()[i];
            if (!roles.isMissing(i) && o != org.healthscore.data.Outcome.UNKNOWN) {
                double[] c = counts.computeIfAbsent(roles.category(i), k -> new double[2]);
                c[0]++;
                c[1] += o == org.healthscore.data.Outcome.CHURNED ? 1 : 0;
            }
        }
        String least = counts.entrySet().stream().min(java.util.Comparator.comparingDouble(e -> e.getValue()[1]
                / e.getValue()[0])).orElseThrow().getKey();
        String most = counts.entrySet().stream().max(java.util.Comparator.comparingDouble(e -> e.getValue()[1]
                / e.getValue()[0])).orElseThrow().getKey();
        var fitted = (Normalization.Categorical) metric("respondent_role").normalization();
        assertEquals(10.0, fitted.pointsFor(least), 1e-9, least + " churns least: " + fitted);
        // 0 points go to whoever churns most: the accounts without a role when they do (zero points when
        // missing, the worst role above 0), else the worst role
        double missing = 0;
        double missingChurned = 0;
        for (int i = 0; i < roles.size(); i++) {
            byte o = frame.accounts().outcome()[i];
            if (roles.isMissing(i) && o != org.healthscore.data.Outcome.UNKNOWN) {
                missing++;
                missingChurned += o == org.healthscore.data.Outcome.CHURNED ? 1 : 0;
            }
        }
        double worstRate = counts.get(most)[1] / counts.get(most)[0];
        if (missing > 0 && missingChurned / missing > worstRate) {
            assertEquals(org.healthscore.model.MissingPolicy.ZERO, metric("respondent_role").missing(),
                    "no role churns more than " + most + ": " + missingChurned / missing + " vs " + worstRate);
            assertTrue(fitted.pointsFor(most) > 0 && fitted.pointsFor(most) < 10, most + ": " + fitted);
        } else {
            assertEquals(0.0, fitted.pointsFor(most), 1e-9, most + " churns most: " + fitted + " (" + worstRate
                    + "; without a role " + missingChurned + " of " + missing + ")");
        }

        // the user overrides two of them: the others keep their fitted points
        Map<String, Double> mappedPoints = new java.util.HashMap<>(fitted.categoryPoints());
        mappedPoints.put(least, 0.0);
        mappedPoints.put(most, 10.0);
        Normalization overridden = new Normalization.Categorical(mappedPoints);
        retype(robot, least, "0");
        retype(robot, most, "10");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> metric("respondent_role").normalization()
                .equals(overridden));
        RecomputeResult mapped = harness.settled();
        assertEquals(harness.engine(mapped.model()).bandRows(), mapped.evaluation().bandRows());
        assertNotEquals(neutral.evaluation().auc(), mapped.evaluation().auc(), "the mapping changes the scores");

        retype(robot, most, "lots");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#status").contains("\u201c" + most + "\u201d must be a number from 0 to 10"),
                label(robot, "#status"));
        assertEquals(overridden,
                metric("respondent_role").normalization(), "a bad entry changes nothing");
    }

    @Test
    void fitPointsFromDataLearnsThePointsSaysTheAucBeforeAndAfterAndUndoesInOneStep(FxRobot robot) throws Exception {
        RecomputeResult before = harness.settled();
        Metric original = metric("setup");
        // the "before" figure, counted here: every churned account against every retained one, on setup's points
        double[] pts = before.scores().points()[before.model().indexOf("setup")];
        byte[] o = before.scores().frame().accounts().outcome();
        double wins = 0;
        double pairs = 0;
        for (int c = 0; c < o.length; c++) {
            if (o[c] != org.healthscore.data.Outcome.CHURNED) {
                continue;
            }
            for (int r = 0; r < o.length; r++) {
                if (o[r] == org.healthscore.data.Outcome.RETAINED) {
                    double pc = Double.isNaN(pts[c]) ? 5 : pts[c];
                    double pr = Double.isNaN(pts[r]) ? 5 : pts[r];
                    wins += pr > pc ? 1 : pr == pc ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        robot.clickOn("#edit-metric-setup");
        robot.clickOn("#fit-points");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !metric("setup").equals(original)
                && label(robot, "#fit-result").startsWith("Points fitted"));
        String status = label(robot, "#fit-result");
        assertTrue(status.startsWith(String.format(java.util.Locale.ROOT, "Points fitted for %s: AUC %.3f with its "
                + "points before, ", original.label(), wins / pairs)), status);
        assertTrue(status.contains("(cross-validated, 5 folds stratified, seed "), status);
        Metric fitted = metric("setup");
        assertEquals(original.source(), fitted.source(), "the metric still reads its column");
        assertEquals(original.weight(), fitted.weight(), 1e-9, "and keeps its weight");
        RecomputeResult after = harness.settled();
        assertEquals(harness.engine(after.model()).bandRows(), after.evaluation().bandRows(), "the charts show it");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> metric("setup").equals(original));
    }

    @Test
    void inASegmentViewPointsAreFittedOnItsAccountsAndBecomeItsOwnUntilTheModelsAreUsedAgain(FxRobot robot)
            throws Exception {
        harness.settled();
        Metric original = metric("usage");
        @SuppressWarnings("unchecked")
        ComboBox<String> segment = robot.lookup("#segment-view").queryAs(ComboBox.class);
        robot.interact(() -> segment.setValue("SMB"));
        RecomputeResult smbView = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#segment-points-line").startsWith("Points for SMB: the model's."),
                label(robot, "#segment-points-line"));
        // the "before" figure on SMB's accounts alone, counted here pair by pair
        double[] pts = smbView.scores().points()[smbView.model().indexOf("usage")];
        byte[] o = smbView.scores().frame().accounts().outcome();
        boolean[] smb = new org.healthscore.engine.AccountFilter("SMB").mask(smbView.scores().frame().accounts());
        double wins = 0;
        double pairs = 0;
        for (int c = 0; c < o.length; c++) {
            for (int r = 0; r < o.length; r++) {
                if (smb[c] && smb[r] && o[c] == org.healthscore.data.Outcome.CHURNED
                        && o[r] == org.healthscore.data.Outcome.RETAINED) {
                    double pc = Double.isNaN(pts[c]) ? 5 : pts[c];
                    double pr = Double.isNaN(pts[r]) ? 5 : pts[r];
                    wins += pr > pc ? 1 : pr == pc ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        robot.clickOn("#fit-points");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#fit-result").startsWith("Points fitted"));
        String status = label(robot, "#fit-result");
        assertTrue(status.startsWith(String.format(java.util.Locale.ROOT, "Points fitted for %s in SMB: AUC %.3f with "
                + "its points before, ", original.label(), wins / pairs)), status);
        HealthModel fitted = vm.session().design().modelProperty().get();
        assertEquals(original, fitted.metric("usage").orElseThrow(), "the other accounts keep the model's points");
        var own = org.healthscore.model.SegmentWeights.find(fitted, "SMB").points().get("usage");
        assertTrue(own != null && !own.equals(org.healthscore.model.SegmentPoints.of(original)), "SMB's own: " + own);
        RecomputeResult after = harness.settled();
        boolean[] mask = new org.healthscore.engine.AccountFilter("SMB").mask(after.scores().frame().accounts());
        double[] expected = org.healthscore.engine.MetricPoints.compute(own.applyTo(original),
                after.scores().frame().metric("usage"), org.healthscore.engine.Cancel.NEVER);
        double[] model = org.healthscore.engine.MetricPoints.compute(original, after.scores().frame().metric("usage"),
                org.healthscore.engine.Cancel.NEVER);
        double[] shown = after.scores().points()[after.model().indexOf("usage")];
        for (int i = 0; i < shown.length; i++) {
            assertEquals(mask[i] ? expected[i] : model[i], shown[i], 1e-12, "account " + i);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#segment-points-line")
                .startsWith("Points for SMB: its own"));
        robot.clickOn("#use-model-points");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> org.healthscore.model.SegmentWeights.find(
                vm.session().design().modelProperty().get(), "SMB").points().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fitted.equals(vm.session().design().modelProperty().get()));
        robot.interact(() -> segment.setValue("All accounts"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#segment-points-line").queryAs(
                javafx.scene.control.Label.class).getParent().isVisible());
    }

    @Test
    void pointsThatRunAgainstChurnAreWarnedOf(FxRobot robot) throws Exception {
        harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#metric-stats").startsWith("Alone: AUC"));
        assertTrue(!label(robot, "#metric-stats").contains("against churn"), label(robot, "#metric-stats"));
        @SuppressWarnings("unchecked")
        ComboBox<org.healthscore.model.Direction> direction = robot.lookup("#metric-direction").queryAs(ComboBox.class);
        robot.interact(() -> direction.setValue(org.healthscore.model.Direction.LOWER_IS_BETTER));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#metric-stats").contains("against churn"));
        String stats = label(robot, "#metric-stats");
        double auc = Double.parseDouble(stats.replaceAll("(?s).*AUC ([0-9.]+), below 0.5.*", "$1"));
        assertTrue(auc < 0.47, stats);
        assertTrue(stats.contains("Flip the direction, or Fit points from data."), stats);
    }

    @Test
    void choosingAColumnInTheOpenListWithTheArrowKeysAddsOneMetricAndTheListOffersOnlyUnusedColumns(FxRobot robot)
            throws Exception {
        harness.settled();
        int before = vm.session().design().modelProperty().get().metrics().size();
        ComboBox<String> add = combo(robot, "#add-metric");
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!add.getItems().contains("onboarding_steps") && !add.getItems().contains("nps_score"),
                "columns the model reads as they are are not offered: " + add.getItems());
        java.util.List<String> offered = java.util.List.copyOf(add.getItems());
        robot.type(KeyCode.DOWN, 3).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().design().modelProperty().get().metrics().size() == before + 1);
        harness.settled();
        assertEquals(before + 1, vm.session().design().modelProperty().get().metrics().size(), "one metric, not one per arrow key");
        assertTrue(offered.contains(((MetricSource.Column) vm.session().design().modelProperty().get().metrics().get(before).source())
                .column()), "the column chosen in the list");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Add a metric from a column…", add.getButtonCell().getText(), "the prompt is back");
    }

    @Test
    void aRatioOfCategoriesIsRefusedWithAMessageAndTheEditorShowsTheSourceAsItIs(FxRobot robot) throws Exception {
        RecomputeResult before = harness.settled();
        robot.clickOn("#edit-metric-usage");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> combo(robot, "#metric-column").setValue("industry"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#status").contains("industry"));
        assertTrue(label(robot, "#status").contains("'industry' holds categories, not numbers, so it cannot be part "
                + "of a ratio"), label(robot, "#status"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "active_users".equals(
                combo(robot, "#metric-column").getValue()));
        assertEquals(before.model(), vm.session().design().modelProperty().get(), "nothing changed");
    }
}
