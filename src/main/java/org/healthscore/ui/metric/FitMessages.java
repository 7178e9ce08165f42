package org.healthscore.ui.metric;

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

    /** Below this AUC a metric's points run against churn: its high-point accounts churn more. */
    static final double AGAINST_CHURN_AUC = 0.47;

    /** A warning when the points reward the accounts that churn, or nothing. */
    static String againstChurn(double auc) {
        return auc < AGAINST_CHURN_AUC ? String.format(Locale.ROOT, "%n⚠ These points run against churn: accounts "
                + "with more points churned more (AUC %.3f, below 0.5). Flip the direction, or Fit points from data.",
                auc) : "";
    }
}
