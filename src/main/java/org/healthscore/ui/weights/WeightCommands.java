package org.healthscore.ui.weights;

import java.util.HashSet;
import java.util.Set;
import org.healthscore.model.HealthModel;
import org.healthscore.model.SegmentWeights;
import org.healthscore.model.WeightShares;
import org.healthscore.ui.session.Session;

/**
 * Weights as shares of 100 % in the current view (all accounts, or the chosen segment): dragged live, typed
 * exactly, or locked so that other drags leave them where they are.
 */
public final class WeightCommands {
    private final Session vm;
    private final Set<String> locked = new HashSet<>();

    public WeightCommands(Session vm) {
        this.vm = vm;
    }

    /**
     * Moves one metric's share (percent of 100); during a drag the figures update live (binned AUC), and the whole
     * drag is one undo step. The other unlocked metrics share the rest in their current proportions.
     */
    public void dragShare(String metricKey, double percent, boolean stillDragging) {
        HealthModel current = vm.design().modelProperty().get();
        if (current == null) {
            return;
        }
        String view = vm.design().segmentViewProperty().get();
        var weights = WeightShares.setShare(SegmentWeights.effective(current, view), metricKey, percent, locked);
        vm.design().liveEdit(SegmentWeights.with(current, view, vm.workspace().segmentColumn(), weights), stillDragging);
    }

    /** Sets a share exactly (typed in), as one edit. */
    public void setShare(String metricKey, double percent) {
        dragShare(metricKey, percent, true);
        dragShare(metricKey, percent, false);
    }

    public void setLocked(String metricKey, boolean isLocked) {
        if (isLocked) {
            locked.add(metricKey);
        } else {
            locked.remove(metricKey);
        }
    }

    public boolean isLocked(String metricKey) {
        return locked.contains(metricKey);
    }
}
