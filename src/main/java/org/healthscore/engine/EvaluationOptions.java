package org.healthscore.engine;

/**
 * @param histogramBins bins of the score histogram over 0–100
 * @param exact         sort-based AUC, KS, ROC and deciles (slower); otherwise from 10,000 fine score bins
 * @param atRiskCutoff  a score below it counts as "flagged at risk" for precision and recall
 */
public record EvaluationOptions(int histogramBins, AccountFilter filter, boolean exact, double atRiskCutoff) {
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(50, AccountFilter.ALL, true, 60);

    public EvaluationOptions {
        if (histogramBins < 1 || histogramBins > 1000) {
            throw new IllegalArgumentException("histogram bins must be 1–1000, not " + histogramBins);
        }
    }

    public EvaluationOptions withFilter(AccountFilter f) {
        return new EvaluationOptions(histogramBins, f, exact, atRiskCutoff);
    }

    public EvaluationOptions withExact(boolean e) {
        return new EvaluationOptions(histogramBins, filter, e, atRiskCutoff);
    }
}
