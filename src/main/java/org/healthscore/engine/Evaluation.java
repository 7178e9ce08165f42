package org.healthscore.engine;

import java.util.List;
import org.healthscore.model.Band;

/**
 * How well the scores predict churn, over the accounts in one filter. Churn rates count only accounts with a
 * known outcome; AUC, Gini and KS read "a higher score means less churn" (AUC = P(a retained account scores
 * above a churned one), ties ½). AUC, Gini and KS are NaN when the accounts hold no churned or no retained
 * account: the figure is undefined, not 0.5.
 *
 * @param aucErrorBound 0 when {@code exact}; otherwise the largest possible gap to the exact AUC
 */
public record Evaluation(int accounts, int scored, int known, int churned, Histogram histogram,
                         List<BandRow> bandRows, List<DecileRow> deciles, RocCurve roc, double auc,
                         double aucErrorBound, double gini, double ks, boolean exact, CutoffStats cutoff,
                         int[] greenButChurned) {

    public double churnRate() {
        return known == 0 ? Double.NaN : (double) churned / known;
    }

    /** Score histogram over 0–100 split by outcome; {@code band[b]} is the band of bin b's lower edge. */
    public record Histogram(double binWidth, int[] churned, int[] retained, int[] unknown, int[] band) {
        public int bins() {
            return churned.length;
        }

        public int total(int bin) {
            return churned[bin] + retained[bin] + unknown[bin];
        }
    }

    /** One band's accounts, outcomes and ARR. */
    public record BandRow(Band band, int accounts, int churned, int known, double arr, double churnedArr,
                          double share) {
        public double churnRate() {
            return known == 0 ? Double.NaN : (double) churned / known;
        }
    }

    /** Decile 1 holds the lowest-scoring tenth of accounts with a known outcome. */
    public record DecileRow(int decile, int accounts, double churned, double churnRate, double lift) {
    }

    /** ROC points from (0,0) to (1,1): x = share of retained flagged at-risk, y = share of churned flagged. */
    public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate) {
    }

    /** "score below {@code cutoff} is at risk": how many churners that catches and how many flags are right. */
    public record CutoffStats(double cutoff, int flagged, int flaggedChurned, double precision, double recall) {
    }
}
