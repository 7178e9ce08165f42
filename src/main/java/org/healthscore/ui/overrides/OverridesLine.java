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

    /**
     * The line in presentation mode, where the band table is hidden and a room reads from afar: one short line,
     * the accounts moved and the two figures a facilitator quotes. "" as {@link #of}.
     */
    public static String brief(OverridesViewModel.Shown shown) {
        if (shown == null || !shown.anyApplies() || shown.after() == null) {
            return of(shown).isEmpty() ? "" : "CSM overrides: none holds on the day each account is scored";
        }
        return "CSM overrides on " + Formats.accounts(shown.applied().accountsOverridden()) + " \u00b7 AUC after "
                + Formats.ratio(shown.after().auc()) + " \u00b7 green but churned after "
                + Formats.count(shown.after().greenButChurned().length);
    }

    /** "" when no account has an override. */
    public static String of(OverridesViewModel.Shown shown) {
        if (shown == null) {
            return "";
        }
        if (!shown.anyApplies() || shown.after() == null) {
            int with = shown.applied().accountsWithAny();
            return with == 0 ? "" : Formats.accounts(with) + (with == 1 ? " has" : " have") + " CSM overrides, none "
                    + "of which holds on the day each is scored (expired, removed or not yet begun): the figures are "
                    + "the model's.";
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
        int with = shown.applied().accountsWithAny();
        String others = with > n ? " of the " + Formats.count(with) + " that have one (the others' do not hold on the "
                + "day each is scored: an account with an outcome is scored " + "before it)" : "";
        return "CSM overrides hold on " + Formats.accounts(n) + others + ", " + Formats.count(moved)
                + " in another band. "
                + "After them: " + String.join(" \u00b7 ", parts) + (shown.applied().ignored().isEmpty() ? ""
                : " \u00b7 " + Formats.count(shown.applied().ignored().size()) + " left out (the model has no such "
                + "band or metric)") + ". Click to list them.";
    }
}
