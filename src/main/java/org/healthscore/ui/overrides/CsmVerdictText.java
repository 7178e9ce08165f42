package org.healthscore.ui.overrides;

import java.util.Locale;
import org.healthscore.engine.overrides.CsmVerdict;
import org.healthscore.ui.common.Formats;

/** The answer to "were the CSMs right?" in words, and each cell of its table. */
public final class CsmVerdictText {
    private CsmVerdictText() {
    }

    public static String title(int leadDays) {
        return "Were the CSMs right? Churn of the accounts they moved, " + leadDays + " days before the outcome";
    }

    /** One sentence per direction: its churn, against what the untouched accounts of the same bands churned. */
    public static String headline(CsmVerdict v, int leadDays) {
        if (v.movedUp().accounts() + v.movedDown().accounts() == 0) {
            return "No override held " + leadDays + " days before an outcome, so there is nothing to judge yet.";
        }
        return part("moved up", v.movedUp(), true) + " "
                + part("moved down", v.movedDown(), false)
                + (v.unchanged() > 0 ? " " + Formats.count(v.unchanged()) + " overridden without changing band or "
                + "score are left out." : "");
    }

    private static String part(String what, CsmVerdict.Group g, boolean up) {
        if (g.accounts() == 0) {
            return "None " + what + ".";
        }
        if (g.known() == 0) {
            return Formats.accounts(g.accounts()) + " " + what + ", none with a known outcome yet.";
        }
        String base = String.format(Locale.ROOT, "%s %s churned %s (%d of %d); untouched accounts of the same model "
                        + "bands churned %s", Formats.accounts(g.accounts()), what, Formats.percent(g.churnRate()),
                g.churned(), g.known(), Formats.percent(g.expectedChurnRate()));
        if (Double.isNaN(g.expectedChurnRate())) {
            return base + ".";
        }
        boolean right = up ? g.churnRate() < g.expectedChurnRate() : g.churnRate() > g.expectedChurnRate();
        String small = g.known() < 30 ? ", from too few outcomes to be sure" : "";
        return base + (right ? ": the CSMs saw something the model did not" : ": the model was closer")
                + small + ".";
    }

    /** "12.5 % of 40" or "—" for a cell without outcomes. */
    public static String cell(CsmVerdict.Group g) {
        return g.known() == 0 ? (g.accounts() == 0 ? "—" : Formats.count(g.accounts()) + ", no outcome")
                : Formats.percent(g.churnRate()) + " of " + Formats.count(g.known());
    }
}
