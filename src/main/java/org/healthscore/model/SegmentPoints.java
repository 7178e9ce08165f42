package org.healthscore.model;

import java.util.Objects;

/**
 * A segment's own points for one metric — its direction, normalization and missing policy in place of the
 * metric's — when a metric's relation to churn differs by segment (fitted on the segment's accounts, applied to
 * them). The metric's source, staleness and weight stay the metric's (the weight may be the segment's own).
 */
public record SegmentPoints(Direction direction, Normalization normalization, MissingPolicy missing) {
    public SegmentPoints {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(missing, "missing");
    }

    /** The points {@code metric} has now. */
    public static SegmentPoints of(Metric metric) {
        return new SegmentPoints(metric.direction(), metric.normalization(), metric.missing());
    }

    /** {@code metric} with these points. */
    public Metric applyTo(Metric metric) {
        return metric.withDirection(direction).withNormalization(normalization).withMissing(missing);
    }
}
