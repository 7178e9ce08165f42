package org.healthscore.ui.workbench;

import java.util.Locale;
import org.healthscore.engine.calibration.Folds;
import org.healthscore.engine.calibration.MetricFitter;

/** What a fit says to the user: the AUC before and after on the same accounts, and plainly when it is worse. */
final class FitMessages {
    /** Below this held-out AUC a fitted metric has shown no relation to churn worth a weight. */
    static final double NO_RELATION = 0.53;

    private FitMessages() {
    }

    static String fitted(String label, MetricFitter fit) {
        String verdict = fit.fittedCvAuc() > fit.currentAuc() + 0.002 ? "better"
                : fit.fittedCvAuc() < fit.currentAuc() - 0.002 ? "WORSE than the points it had — Undo (Ctrl+Z) to keep those"
                : "about the same";
        return String.format(Locale.ROOT, "Points fitted for %s: AUC %.3f with its points before, %.3f fitted "
                + "(cross-validated, 5 folds stratified, seed %d): %s.%s", label, fit.currentAuc(), fit.fittedCvAuc(),
                Folds.DEFAULT_SEED, verdict, fit.fittedCvAuc() < NO_RELATION ? " On accounts the fit did not see it "
                        + "barely beats a coin flip: no relation to churn was found, so this metric may not help." : "");
    }
}
