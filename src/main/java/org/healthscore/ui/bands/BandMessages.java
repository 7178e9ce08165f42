package org.healthscore.ui.bands;

import java.util.Locale;
import org.healthscore.engine.calibration.BandEdgeSuggestion;

/** A band suggestion in words: churn per band now and proposed, the two lowest bands' catch and lift. */
final class BandMessages {
    private BandMessages() {
    }

    static String describe(BandEdgeSuggestion s) {
        return String.format(Locale.ROOT, "Edges applied (Ctrl+Z undoes them). Churn per band, best first — before: %s%s; "
                        + "suggested (held-out accounts, 5 folds stratified, seed %d): %s%s. The two lowest bands hold "
                        + "%.0f %% of the churners in %.0f %% of the accounts before (lift %.2f), %.0f %% in %.0f %% "
                        + "suggested (lift %.2f)%s.", rates(s.current().churnRate()),
                s.current().rising() ? "" : " (not rising band by band)", s.seed(), rates(s.proposed().churnRate()),
                s.proposed().rising() ? "" : " (not rising band by band)", 100 * s.current().lowestTwoCaught(),
                100 * s.current().lowestTwoShare(), s.current().lift(), 100 * s.proposed().lowestTwoCaught(),
                100 * s.proposed().lowestTwoShare(), s.proposed().lift(),
                s.worse() ? " — WORSE than before: undo to keep the edges you had" : "");
    }

    private static String rates(double[] rates) {
        StringBuilder sb = new StringBuilder();
        for (double r : rates) {
            sb.append(sb.length() == 0 ? "" : " / ").append(Double.isNaN(r) ? "—" : String.format(Locale.ROOT, "%.1f %%",
                    100 * r));
        }
        return sb.toString();
    }
}
