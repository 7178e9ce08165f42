package org.healthscore.engine.calibration;

import org.healthscore.model.MissingPolicy;

/**
 * From smoothed churn rates to points: 10 for the lowest rate, 0 for the highest, linear in the log-odds, and
 * the missing policy whose points stand nearest the missing accounts' rate.
 */
final class PointScale {
    private PointScale() {
    }

    static double smoothed(double churned, double retained, double prior) {
        return churned + retained == 0 ? Double.NaN : (churned + NumericBinning.PRIOR * prior) / (churned + retained + NumericBinning.PRIOR);
    }

    /** The churn rate the missing accounts' points (0 or 5, as {@link #scale} sets them) stand for among bins. */
    static double impliedMissingRate(double[] rates, double missingRate) {
        if (Double.isNaN(missingRate)) {
            return 0.5;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double r : rates) {
            lo = Math.min(lo, logit(r));
            hi = Math.max(hi, logit(r));
        }
        double m = logit(missingRate);
        if (m > hi) {
            return missingRate; // the scale reaches down to them: 0 points are exactly their rate
        }
        return LogisticLine.sigmoid(hi - lo > 1e-12 && 10 * (hi - m) / (hi - lo) < 2.5 ? hi : (lo + hi) / 2);
    }

    /** Points per pre-bin and the missing policy. */
    record Scaled(double[] points, MissingPolicy missing) {
    }

    /**
     * Points from smoothed churn rates on the log-odds scale — 10 for the lowest rate, 0 for the highest — so
     * that weighted points add up as a scorecard's log-odds do. Missing values can only earn the policy's points:
     * when the missing accounts churn more than every bin, the scale reaches down to them and they get ZERO (0
     * points, exactly their log-odds); otherwise ZERO or NEUTRAL, whichever is nearer.
     */
    static Scaled scale(double[] rates, double missingRate) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double r : rates) {
            lo = Math.min(lo, logit(r));
            hi = Math.max(hi, logit(r));
        }
        MissingPolicy policy = MissingPolicy.NEUTRAL;
        if (!Double.isNaN(missingRate)) {
            double m = logit(missingRate);
            if (m > hi) {
                hi = m;
                policy = MissingPolicy.ZERO;
            } else if (hi - lo > 1e-12 && 10 * (hi - m) / (hi - lo) < 2.5) {
                policy = MissingPolicy.ZERO;
            }
        }
        double[] points = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            double pts = hi - lo < 1e-12 ? 5.0 : 10.0 * (hi - logit(rates[i])) / (hi - lo);
            points[i] = Math.round(pts * 100) / 100.0;
        }
        return new Scaled(points, policy);
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }
}
