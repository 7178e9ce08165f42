package org.healthscore.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group of accounts (those whose {@code column} value is one of {@code values}) with its own weights and/or
 * bands. Weights not named in {@code weights} and a null {@code bands} fall back to the model's defaults.
 * An account takes the first segment it matches; accounts outside every segment use the defaults.
 */
public record Segment(String name, String column, List<String> values, Map<String, Double> weights,
                      List<Band> bands) {
    public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        bands = bands == null ? null : List.copyOf(bands);
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
        return new Segment(name, column, values, copy, bands);
    }

    public Segment withBands(List<Band> newBands) {
        return new Segment(name, column, values, weights, newBands);
    }
}
