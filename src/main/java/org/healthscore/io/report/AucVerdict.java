package org.healthscore.io.report;

import java.util.Locale;
import org.healthscore.engine.compare.DeLong;

/**
 * Is B really better? DeLong's test said in one sentence — the difference, its 95 % interval, the p-value and
 * what that means — the same in the report, the compare command and the Compare tab, so that a facilitator does
 * not sell noise as progress.
 */
public final class AucVerdict {
    private AucVerdict() {
    }

    public static String of(DeLong t, String nameA, String nameB) {
        if (!Double.isFinite(t.p())) {
            return "Too few churned and renewed accounts to test the difference in AUC.";
        }
        String interval = String.format(Locale.ROOT, "AUC %s − %s: %+.3f (95 %% confidence interval %+.3f to %+.3f, "
                + "p %s; DeLong's test on the same %,d churned and %,d renewed accounts). ", nameB, nameA,
                t.difference(), t.low(), t.high(), t.p() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f",
                        t.p()), t.churned(), t.renewed());
        if (t.undecided()) {
            return interval + "The interval holds 0: on this data the two cannot be told apart; the difference may be "
                    + "noise.";
        }
        return interval + (t.difference() > 0 ? nameB : nameA) + " ranks churners better; the difference is unlikely "
                + "to be noise.";
    }
}
