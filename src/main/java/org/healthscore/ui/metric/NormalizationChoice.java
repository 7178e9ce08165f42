package org.healthscore.ui.metric;

import java.util.List;
import org.healthscore.model.Normalization;

/** The normalization kinds the metric editor offers, and the numeric ones built from its fields. */
final class NormalizationChoice {
    static final String LINEAR = "Linear";
    static final String STEPPED = "Stepped 0 / 5 / 10";
    static final String INTERPOLATED = "Interpolated thresholds";
    static final String BINS = "Bins (as defined)";
    static final String PERCENTILES = "Percentile bins (5)";
    static final String CATEGORIES = "Points per category";
    static final List<String> NUMERIC_TYPES = List.of(LINEAR, STEPPED, INTERPOLATED, BINS, PERCENTILES);

    private NormalizationChoice() {
    }

    /**
     * A linear, stepped or interpolated normalization from low and high (low below high) and, for interpolated
     * ones, the 0-points value (blank: one span beyond the low end); {@code up} when higher is better.
     */
    static Normalization numeric(String kind, double lo, double hi, String atRiskText, boolean up) {
        if (LINEAR.equals(kind)) {
            return Normalization.linear(lo, hi);
        }
        if (STEPPED.equals(kind)) {
            return up ? Normalization.stepped(lo, hi) : Normalization.stepped(hi, lo);
        }
        double a = atRiskText.isBlank() ? (up ? lo - (hi - lo) : hi + (hi - lo)) : Double.parseDouble(atRiskText.trim());
        return up ? Normalization.interpolated(Math.min(a, lo), lo, hi) : Normalization.interpolated(Math.max(a, hi), hi, lo);
    }
}
