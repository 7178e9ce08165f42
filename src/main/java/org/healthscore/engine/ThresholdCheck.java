package org.healthscore.engine;

import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.calibration.Folds;
import org.healthscore.model.Metric;
import org.healthscore.model.Normalization;

/**
 * A threshold suggestion judged as everything learned from outcomes is: the metric's AUC alone with its current
 * points (nothing learned: every account with a value and an outcome judges them) next to the AUC of cut points
 * searched on each fold's training part and applied to its held-out part — the figure to expect from "Use these".
 *
 * @param suggestion       the search on every account (what "Use these" applies)
 * @param currentAuc       the metric alone, its current points
 * @param suggestedCvAuc   the metric alone, cut points searched without the accounts that judge them
 */
public record ThresholdCheck(ThresholdSuggestion suggestion, double currentAuc, double suggestedCvAuc, int folds,
                             long seed) {

    public boolean worse() {
        return suggestedCvAuc < currentAuc - 0.002;
    }

    public static ThresholdCheck of(Metric metric, DataColumn raw, byte[] outcome, int folds, long seed, Cancel cancel) {
        ThresholdSuggestion all = ThresholdSuggestion.of(metric, raw, outcome, cancel);
        int[] rows = java.util.stream.IntStream.range(0, outcome.length)
                .filter(i -> outcome[i] != Outcome.UNKNOWN && !raw.isMissing(i)).toArray();
        byte[] y = new byte[rows.length];
        for (int r = 0; r < rows.length; r++) {
            y[r] = outcome[rows[r]] == Outcome.CHURNED ? (byte) 1 : 0;
        }
        int[] fold = Folds.assign(y, folds, seed);
        double cv = 0;
        for (int f = 0; f < folds; f++) {
            cancel.check();
            byte[] train = outcome.clone();
            for (int r = 0; r < rows.length; r++) {
                if (fold[r] == f) {
                    train[rows[r]] = Outcome.UNKNOWN; // held out: the search does not see its outcome
                }
            }
            Normalization.Thresholds t;
            try {
                t = ThresholdSuggestion.of(metric, raw, train, cancel).suggested();
            } catch (IllegalArgumentException e) {
                cv += 0.5 / folds; // no cut points can be found without these accounts: they rank nobody
                continue;
            }
            int ff = f;
            cv += auc(rows, fold, ff, y, i -> t.points(raw.values()[i], metric.direction())) / folds;
        }
        double current = auc(rows, null, -1, y, i -> metric.normalization().points(raw.values()[i], metric.direction()));
        return new ThresholdCheck(all, current, cv, folds, seed);
    }

    /** AUC (higher points = less churn) over the rows of fold {@code f} (all rows when {@code fold} is null). */
    private static double auc(int[] rows, int[] fold, int f, byte[] y, java.util.function.IntToDoubleFunction points) {
        int[] chosen = java.util.stream.IntStream.range(0, rows.length).filter(r -> fold == null || fold[r] == f)
                .toArray();
        return RankStats.auc(chosen, rows.length, r -> y[r] == 1, r -> points.applyAsDouble(rows[r]));
    }
}
