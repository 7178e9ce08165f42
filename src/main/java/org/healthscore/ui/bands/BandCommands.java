package org.healthscore.ui.bands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.session.Session;

/** The bands of the current view (the model's, or the chosen segment's): edit, move an edge, suggest edges. */
public final class BandCommands {
    private final Session vm;

    public BandCommands(Session session) {
        this.vm = session;
    }

    /**
     * Replaces the bands of the current view (the model's, or the chosen segment's). Live while an edge is
     * dragged; the drag is one undo step. Bands are kept best first.
     */
    public void editBands(List<org.healthscore.model.Band> bands, boolean stillDragging) {
        HealthModel current = vm.design().modelProperty().get();
        if (current == null) {
            return;
        }
        vm.design().liveEdit(org.healthscore.model.SegmentWeights.withBands(current, vm.design().segmentViewProperty().get(),
                vm.workspace().segmentColumn(), bands), stillDragging);
    }

    /** The bands of the current view (the chosen segment's, or the model's), best first. */
    public List<org.healthscore.model.Band> viewBands() {
        return viewBands(vm.design().modelProperty().get());
    }

    /** The bands of the current view in {@code model}, best first. */
    public List<org.healthscore.model.Band> viewBands(HealthModel model) {
        var seg = org.healthscore.model.SegmentWeights.find(model, vm.design().segmentViewProperty().get());
        return org.healthscore.model.Bands.descending(seg == null ? model.bands() : seg.bandsOr(model.bands()));
    }

    /** Moves one band's lower edge (index in {@link #viewBands()}), live while dragged on the histogram. */
    public void moveBandEdge(int index, double score, boolean stillDragging) {
        List<org.healthscore.model.Band> bands = viewBands();
        if (index < 0 || index >= bands.size() - 1) {
            return; // the lowest band always starts at 0
        }
        List<org.healthscore.model.Band> moved = org.healthscore.model.Bands.withEdge(bands, index, score);
        if (!moved.equals(bands) || !stillDragging) {
            editBands(moved, stillDragging);
        }
    }

    /**
     * Suggests band edges for the current view (all accounts, or the chosen segment's) from the exact scores on
     * screen and their outcomes, cross-validated; applies them as one undo step so every chart previews them.
     */
    public CompletableFuture<org.healthscore.engine.calibration.BandEdgeSuggestion> suggestBandEdges() {
        var result = vm.design().resultProperty().get();
        HealthModel model = vm.design().modelProperty().get();
        if (result == null || model == null || !result.options().exact() || !result.model().equals(model)) {
            return CompletableFuture.failedFuture(new IllegalStateException("wait for the scores to settle, then try "
                    + "again"));
        }
        List<org.healthscore.model.Band> bands = viewBands(model);
        String view = vm.design().segmentViewProperty().get();
        var scores = result.scores();
        return vm.onWorkspace(w -> {
            var accounts = scores.frame().accounts();
            boolean[] include = null;
            if (view != null && accounts.segment() != null) {
                include = new boolean[accounts.size()];
                for (int i = 0; i < include.length; i++) {
                    include[i] = view.equals(accounts.segment().category(i));
                }
            }
            double[] current = bands.stream().mapToDouble(org.healthscore.model.Band::lowerBound).toArray();
            return org.healthscore.engine.calibration.BandEdgeSuggestion.suggest(scores.score(), accounts.outcome(),
                    include, current, 5, org.healthscore.engine.calibration.Folds.DEFAULT_SEED,
                    org.healthscore.engine.Cancel.NEVER);
        }).whenCompleteAsync((s, e) -> {
            if (e == null && model.equals(vm.design().modelProperty().get())) {
                List<org.healthscore.model.Band> moved = new java.util.ArrayList<>();
                for (int b = 0; b < bands.size(); b++) {
                    org.healthscore.model.Band old = bands.get(b);
                    moved.add(new org.healthscore.model.Band(old.name(), s.lowerBounds()[b], old.color(), old.playbook()));
                }
                editBands(moved, false);
            }
        }, vm.fxThread());
    }
}
