package org.healthscore.ui.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.ui.HeadlessWorkbench;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the metric editor's controls say, turned into edits (or refused with a message) without a screen. */
class MetricEditorViewModelTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    Session session;
    MetricEditorViewModel editor;
    Metric shown;

    @BeforeEach
    void open() {
        vm = HeadlessWorkbench.onSample(dir);
        session = vm.session();
        editor = new MetricEditorViewModel(session, vm.metrics());
        shown = session.design().modelProperty().get().metrics().stream()
                .filter(m -> !(m.normalization() instanceof Normalization.Categorical)).findFirst().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        vm.close().get();
    }

    private MetricEditorViewModel.Controls controls(String low, String high) {
        return new MetricEditorViewModel.Controls(Direction.HIGHER_IS_BETTER, NormalizationChoice.LINEAR, low, high,
                "", MissingPolicy.NEUTRAL, shown.stalenessDays());
    }

    @Test
    void numbersThatCannotBeReadChangeNothingAndSayWhat() {
        HealthModel start = session.design().modelProperty().get();
        editor.apply(shown, controls("ten", "20"), false);
        assertEquals("Type a number for low, high and the 0-points value.", session.status().statusProperty().get());
        editor.apply(shown, controls("20", "20"), false);
        assertEquals("Low must be below high.", session.status().statusProperty().get());
        assertEquals(start, session.design().modelProperty().get());
        assertFalse(session.design().canUndoProperty().get());
    }

    @Test
    void aLinearRangeTypedInIsOneUndoableEditOfThatMetric() {
        HealthModel start = session.design().modelProperty().get();
        Metric edited = editor.apply(shown, controls(" 0.5", "7.25 "), false);
        assertEquals(new Normalization.Linear(0.5, 7.25), edited.normalization());
        assertEquals(Direction.HIGHER_IS_BETTER, edited.direction());
        assertEquals(edited, session.design().modelProperty().get().metric(shown.key()).orElseThrow());
        assertTrue(session.design().resultProperty().get().settled());
        session.design().undo();
        assertEquals(start, session.design().modelProperty().get());
    }

    @Test
    void theProfileIsOfTheSelectedMetricOnTheSettledScores() throws Exception {
        assertNull(editor.profile().get(), "no metric selected: nothing to profile");
        session.selectedMetricProperty().set(shown.key());
        MetricProfile p = editor.profile().get();
        assertEquals(shown.key(), p.key());
        assertEquals(MetricProfile.of(session.design().resultProperty().get().scores(), shown.key()).diagnostics()
                .auc(), p.diagnostics().auc(), 1e-12);
    }

    @Test
    void inASegmentViewTheProfileJudgesThatSegmentsAccountsAlone() throws Exception {
        session.selectedMetricProperty().set(shown.key());
        String smb = session.design().segmentValues().get(0);
        session.design().setSegmentView(smb);
        var r = session.design().resultProperty().get();
        assertEquals(smb, r.options().filter().segmentValue(), "the settled figures are the segment's");
        MetricProfile p = editor.profile().get();
        // pair by pair over the segment's accounts with an outcome and points
        double[] pts = r.scores().points()[r.model().indexOf(shown.key())];
        byte[] o = r.scores().frame().accounts().outcome();
        boolean[] in = new org.healthscore.engine.AccountFilter(smb).mask(r.scores().frame().accounts());
        double wins = 0;
        double pairs = 0;
        for (int c = 0; c < o.length; c++) {
            for (int k = 0; k < o.length; k++) {
                if (in[c] && in[k] && !Double.isNaN(pts[c]) && !Double.isNaN(pts[k])
                        && o[c] == org.healthscore.data.Outcome.CHURNED && o[k] == org.healthscore.data.Outcome.RETAINED) {
                    wins += pts[k] > pts[c] ? 1 : pts[k] == pts[c] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        assertEquals(wins / pairs, p.diagnostics().auc(), 1e-12);
        assertTrue(Math.abs(p.diagnostics().auc() - MetricProfile.of(r.scores(), shown.key()).diagnostics().auc())
                > 1e-6, "not the all-accounts figure");
    }

    @Test
    void inASegmentViewAnEditGivesTheSegmentItsOwnPointsAndASourceOfAnotherKindDropsThem() throws Exception {
        String smb = session.design().segmentValues().get(0);
        session.design().setSegmentView(smb);
        Metric edited = editor.apply(shown, controls("0.5", "7.25"), false);
        HealthModel model = session.design().modelProperty().get();
        assertEquals(shown, model.metric(shown.key()).orElseThrow(), "the other accounts keep the model's points");
        var own = org.healthscore.model.SegmentWeights.find(model, smb).points().get(shown.key());
        assertEquals(new Normalization.Linear(0.5, 7.25), own.normalization());
        assertEquals(edited, vm.metrics().shown(model, shown.key()));
        // a source of another kind (categories) starts the metric's points over, and the segment's go
        vm.metrics().changeSource(shown.key(), new org.healthscore.model.MetricSource.Column("industry")).get();
        HealthModel after = session.design().modelProperty().get();
        assertTrue(after.metric(shown.key()).orElseThrow().normalization() instanceof Normalization.Categorical,
                "categories: the metric's points start over as category points");
        assertTrue(org.healthscore.model.SegmentWeights.find(after, smb).points().isEmpty(), "no own points left: "
                + org.healthscore.model.SegmentWeights.find(after, smb).points());
    }

    @Test
    void inASegmentViewPercentileBinsAreOfThatSegmentsValuesAndItsOwn() throws Exception {
        String smb = session.design().segmentValues().get(0);
        session.design().setSegmentView(smb);
        vm.metrics().percentileBins(shown.key(), 5).get();
        HealthModel model = session.design().modelProperty().get();
        assertEquals(shown, model.metric(shown.key()).orElseThrow(), "the model's points stay");
        var bins = (Normalization.Bins) org.healthscore.model.SegmentWeights.find(model, smb).points().get(shown.key())
                .normalization();
        assertEquals(5, bins.bins().size());
        // the cut points are SMB's values at positions ⌊i·n/5⌋ of their sorted list, counted here
        var frame = session.onWorkspace(w -> w.engineFor(model).frame()).get();
        var raw = frame.metric(shown.key());
        boolean[] in = new org.healthscore.engine.AccountFilter(smb).mask(frame.accounts());
        double[] v = java.util.stream.IntStream.range(0, raw.size()).filter(i -> in[i])
                .mapToDouble(i -> raw.values()[i]).filter(x -> !Double.isNaN(x)).sorted().toArray();
        java.util.List<Double> cuts = new java.util.ArrayList<>();
        for (int i = 1; i < 5; i++) {
            double c = v[i * v.length / 5];
            if (c > v[0] && (cuts.isEmpty() || c > cuts.get(cuts.size() - 1))) {
                cuts.add(c);
            }
        }
        assertEquals(cuts, bins.bins().stream().skip(1).map(org.healthscore.model.Normalization.Bin::lo).toList());
    }
}
