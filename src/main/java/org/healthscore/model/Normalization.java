package org.healthscore.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a metric's raw value into 0–10 points. Every rule is a pure function of the value and the
 * metric's direction; NaN (no value, or a value no rule covers) means "missing", which the metric's
 * {@link MissingPolicy} then decides. docs/MODEL_FORMAT.md states these rules for other implementations.
 */
public sealed interface Normalization
        permits Normalization.Linear, Normalization.Thresholds, Normalization.Bins, Normalization.Categorical {

    double MAX_POINTS = 10.0;

    /** Points for a numeric value; NaN when the value is missing or not covered. */
    double points(double value, Direction direction);

    /** Straight line from {@code min} (0 points) to {@code max} (10 points), clamped; reversed when lower is better. */
    record Linear(double min, double max) implements Normalization {
        @Override
        public double points(double value, Direction direction) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            double t = direction == Direction.HIGHER_IS_BETTER
                    ? (value - min) / (max - min)
                    : (max - value) / (max - min);
            return MAX_POINTS * Math.min(1.0, Math.max(0.0, t));
        }
    }

    /**
     * The three-level scheme At-risk / Concerning / Healthy. Stepped: 10 points at or beyond {@code healthy},
     * 5 at or beyond {@code concerning}, else 0. Interpolated: 0 at or below {@code atRisk}, rising linearly to
     * 5 at {@code concerning} and to 10 at {@code healthy}. "Beyond" follows the direction: for
     * lower-is-better metrics the breakpoints descend (atRisk ≥ concerning ≥ healthy).
     */
    record Thresholds(double atRisk, double concerning, double healthy, boolean interpolate) implements Normalization {
        @Override
        public double points(double value, Direction direction) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            double s = direction.sign();
            double x = s * value;
            double a = s * atRisk;
            double c = s * concerning;
            double h = s * healthy;
            if (!interpolate) {
                return x >= h ? 10.0 : x >= c ? 5.0 : 0.0;
            }
            if (x <= a) {
                return 0.0;
            }
            if (x < c) {
                return 5.0 * (x - a) / (c - a);
            }
            if (x < h) {
                return 5.0 + 5.0 * (x - c) / (h - c);
            }
            return 10.0;
        }
    }

    /** One bin: values in [lo, hi) earn {@code points}; a null bound is open (−∞ or +∞). */
    record Bin(Double lo, Double hi, double points) {
        public boolean contains(double value) {
            return (lo == null || value >= lo) && (hi == null || value < hi);
        }
    }

    /**
     * Explicit bins → points (credit-scorecard style); percentile cut points are frozen into this form.
     * The points are explicit, so direction does not apply. A value in no bin is missing.
     */
    record Bins(List<Bin> bins) implements Normalization {
        public Bins {
            bins = List.copyOf(bins);
        }

        @Override
        public double points(double value, Direction direction) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            for (Bin bin : bins) {
                if (bin.contains(value)) {
                    return bin.points();
                }
            }
            return Double.NaN;
        }
    }

    /** Category → points (e.g. Promoter 10, Passive 5, Detractor 0). A category not listed is missing. */
    record Categorical(Map<String, Double> categoryPoints) implements Normalization {
        public Categorical {
            categoryPoints = Map.copyOf(categoryPoints);
        }

        /** Numeric values are matched by their plain text form ("1", "2.5"). */
        @Override
        public double points(double value, Direction direction) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            return pointsFor(canonicalText(value));
        }

        /**
         * A number's canonical text, as a category key (docs/MODEL_FORMAT.md): a whole number below 10^15 without a
         * decimal point ("20"), any other in Java's shortest round-trip form ("2.5", "5.0E-4").
         */
        public static String canonicalText(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }

        public double pointsFor(String category) {
            Double p = category == null ? null : categoryPoints.get(category);
            return p == null ? Double.NaN : p;
        }
    }

    static Linear linear(double min, double max) {
        return new Linear(min, max);
    }

    static Thresholds stepped(double concerning, double healthy) {
        return new Thresholds(concerning, concerning, healthy, false);
    }

    static Thresholds interpolated(double atRisk, double concerning, double healthy) {
        return new Thresholds(atRisk, concerning, healthy, true);
    }

    static Categorical categorical(Map<String, Double> points) {
        return new Categorical(Objects.requireNonNull(points));
    }
}
