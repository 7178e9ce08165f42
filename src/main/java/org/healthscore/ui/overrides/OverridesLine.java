package org.healthscore.ui.overrides;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.engine.Evaluation;
import org.healthscore.ui.common.Formats;

/**
 * The line under the headline while CSM overrides hold: how many accounts they touch, and the headline figures
 * after them beside the model's own (in brackets), so both views are on screen at once.
 */
public final class OverridesLine {
    private OverridesLine() {
    }

    /** "" when no override holds on the day the accounts are scored as of. */
    public static String of(OverridesViewModel.Shown shown) {
        if (shown == null || !shown.anyApplies() || shown.after() == null) {
            return "";
        }
        Evaluation model = shown.result().evaluation();
        Evaluation after = shown.after();
        List<String> parts = new ArrayList<>();
        parts.add("AUC " + Formats.ratio(after.auc()) + " (model " + Formats.ratio(model.auc()) + ")");
        parts.add("green but churned " + Formats.count(after.greenButChurned().length) + " ("
                + Formats.count(model.greenButChurned().length) + ")");
        for (int b = 0; b < after.bandRows().size() && b < model.bandRows().size(); b++) {
            Evaluation.BandRow a = after.bandRows().get(b);
            Evaluation.BandRow m = model.bandRows().get(b);
            parts.add(a.band().name() + " " + Formats.percent(a.share()) + " (" + Formats.percent(m.share())
                    + "), churn " + Formats.percent(a.churnRate()) + " (" + Formats.percent(m.churnRate()) + ")");
        }
        int n = shown.applied().accountsOverridden();
        int moved = shown.applied().accountsMovedBand();
        return "CSM overrides hold on " + Formats.accounts(n) + " (" + Formats.count(moved) + " in another band). "
                + "After them: " + String.join(" \u00b7 ", parts) + (shown.applied().ignored().isEmpty() ? ""
                : " \u00b7 " + Formats.count(shown.applied().ignored().size()) + " left out (the model has no such "
                + "band or metric)") + ". Click to list them.";
    }
}
