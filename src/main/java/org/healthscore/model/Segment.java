package org.healthscore.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group of accounts (those whose {@code column} value is one of {@code values}) with its own weights, bands
 * and/or points. Weights not named in {@code weights}, a null {@code bands} and metrics not named in
 * {@code points} fall back to the model's defaults. An account takes the first segment it matches; accounts
 * outside every segment use the defaults.
 *
 * @param points by metric key, the segment's own points for that metric (fitted on its accounts)
 */
public record Segment(String name, String column, List<String> values, Map<String, Double> weights,
                      List<Band> bands, Map<String, SegmentPoints> points) {
    public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        bands = bands == null ? null : List.copyOf(bands);
        points = points == null ? Map.of() : Map.copyOf(points);
    }

    /** A segment with its own weights and/or bands, its metrics' points the model's. */
    public Segment(String name, String column, List<String> values, Map<String, Double> weights, List<Band> bands) {
        this(name, column, values, weights, bands, Map.of());
    }

    /** {@code metric} as this segment's accounts are scored by it: with the segment's points for it, if any. */
    public Metric metricIn(Metric metric) {
        SegmentPoints own = points.get(metric.key());
        return own == null ? metric : own.applyTo(metric);
    }

    /** The segment with its own points for one metric, or (null) with the model's again. */
    public Segment withPoints(String metricKey, SegmentPoints own) {
        var copy = new java.util.LinkedHashMap<>(points);
        if (own == null) {
            copy.remove(metricKey);
        } else {
            copy.put(metricKey, own);
        }
        return new Segment(name, column, values, weights, bands, copy);
    }

    public Segment withWeights(Map<String, Double> newWeights) {
        return new Segment(name, column, values, newWeights, bands, points);
    }

    public double weightOf(Metric metric) {
        return weights.getOrDefault(metric.key(), metric.weight());
    }

    public List<Band> bandsOr(List<Band> defaults) {
        return bands == null ? defaults : bands;
    }

    public Segment withWeight(String metricKey, double weight) {
        var copy = new java.util.LinkedHashMap<>(weights);
        copy.put(metricKey, weight);
        return new Segment(name, column, values, copy, bands, points);
    }

    public Segment withBands(List<Band> newBands) {
        return new Segment(name, column, values, weights, newBands, points);
    }
}
