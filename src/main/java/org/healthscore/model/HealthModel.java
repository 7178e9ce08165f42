package org.healthscore.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The whole health score model: immutable; every edit makes a new value (which is what undo keeps). */
public record HealthModel(String name, String description, List<Metric> metrics, List<Band> bands,
                          List<Segment> segments, List<AlertRule> alerts) {

    public HealthModel {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        metrics = List.copyOf(metrics);
        bands = List.copyOf(bands);
        segments = segments == null ? List.of() : List.copyOf(segments);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public Optional<Metric> metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public int indexOf(String metricKey) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).key().equals(metricKey)) {
                return i;
            }
        }
        return -1;
    }

    public HealthModel withMetric(Metric replacement) {
        int i = indexOf(replacement.key());
        if (i < 0) {
            throw new IllegalArgumentException("no metric " + replacement.key());
        }
        List<Metric> copy = new ArrayList<>(metrics);
        copy.set(i, replacement);
        return new HealthModel(name, description, copy, bands, segments, alerts);
    }

    public HealthModel withMetrics(List<Metric> newMetrics) {
        return new HealthModel(name, description, newMetrics, bands, segments, alerts);
    }

    public HealthModel withBands(List<Band> newBands) {
        return new HealthModel(name, description, metrics, newBands, segments, alerts);
    }

    public HealthModel withSegments(List<Segment> newSegments) {
        return new HealthModel(name, description, metrics, bands, newSegments, alerts);
    }

    public HealthModel withName(String newName) {
        return new HealthModel(newName, description, metrics, bands, segments, alerts);
    }

    public double totalWeight() {
        return metrics.stream().mapToDouble(Metric::weight).sum();
    }

    /** A metric's default weight as a percentage of all default weights (0 when all are zero). */
    public double weightPercent(String metricKey) {
        double total = totalWeight();
        return metric(metricKey).map(m -> total > 0 ? 100.0 * m.weight() / total : 0.0).orElse(0.0);
    }
}
