package org.healthscore.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole health score model: immutable; every edit makes a new value (which is what undo keeps). Its name,
 * description, author and notes (Model → Properties…) travel with it into versions and model files.
 */
public record HealthModel(String name, String description, List<Metric> metrics, List<Band> bands,
                          List<Segment> segments, List<AlertRule> alerts, String author, String notes) {

    public HealthModel {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        author = author == null ? "" : author;
        notes = notes == null ? "" : notes;
        metrics = List.copyOf(metrics);
        bands = List.copyOf(bands);
        segments = segments == null ? List.of() : List.copyOf(segments);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** A model with no author or notes yet. */
    public HealthModel(String name, String description, List<Metric> metrics, List<Band> bands,
                       List<Segment> segments, List<AlertRule> alerts) {
        this(name, description, metrics, bands, segments, alerts, "", "");
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
        return new HealthModel(name, description, copy, bands, segments, alerts, author, notes);
    }

    public HealthModel withMetrics(List<Metric> newMetrics) {
        return new HealthModel(name, description, newMetrics, bands, segments, alerts, author, notes);
    }

    public HealthModel withBands(List<Band> newBands) {
        return new HealthModel(name, description, metrics, newBands, segments, alerts, author, notes);
    }

    public HealthModel withSegments(List<Segment> newSegments) {
        return new HealthModel(name, description, metrics, bands, newSegments, alerts, author, notes);
    }

    public HealthModel withName(String newName) {
        return new HealthModel(newName, description, metrics, bands, segments, alerts, author, notes);
    }

    public HealthModel withAlerts(List<AlertRule> newAlerts) {
        return new HealthModel(name, description, metrics, bands, segments, newAlerts, author, notes);
    }

    /** The same scoring under another name, description, author and notes: what Model → Properties… edits. */
    public HealthModel withProperties(String newName, String newDescription, String newAuthor, String newNotes) {
        return new HealthModel(newName, newDescription, metrics, bands, segments, alerts, newAuthor, newNotes);
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
