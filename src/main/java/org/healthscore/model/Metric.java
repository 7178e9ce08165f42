package org.healthscore.model;

import java.util.Objects;

/**
 * One signal of the health model.
 *
 * @param key           stable identifier (used by weights overrides, JSON and SQL)
 * @param label         what a person reads
 * @param stalenessDays an observation older than this, as of the scoring date, counts as missing
 * @param weight        non-negative; shown as a percentage of the sum of all weights
 */
public record Metric(String key, String label, MetricSource source, Direction direction,
                     Normalization normalization, MissingPolicy missing, int stalenessDays, double weight) {

    public static final int DEFAULT_STALENESS_DAYS = 120;

    public Metric {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(missing, "missing");
    }

    /**
     * A valid key (a letter, then letters, digits and underscores; at most 50 characters, leaving room for a
     * "_2" suffix within the format's 64) for a metric named after a column.
     */
    public static String keyFromName(String name) {
        String key = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            key = "m_" + key;
        }
        return key.length() > 50 ? key.substring(0, 50) : key;
    }

    /** Whether the two differ at most in weight: the same signal, read and turned into points the same way. */
    public boolean sameDefinitionAs(Metric other) {
        return other != null && withWeight(0).equals(other.withWeight(0));
    }

    public Metric withWeight(double newWeight) {
        return new Metric(key, label, source, direction, normalization, missing, stalenessDays, newWeight);
    }

    public Metric withLabelAndKey(String newKey, String newLabel) {
        return new Metric(newKey, newLabel, source, direction, normalization, missing, stalenessDays, weight);
    }

    public Metric withNormalization(Normalization newNormalization) {
        return new Metric(key, label, source, direction, newNormalization, missing, stalenessDays, weight);
    }

    public Metric withMissing(MissingPolicy newMissing) {
        return new Metric(key, label, source, direction, normalization, newMissing, stalenessDays, weight);
    }

    public Metric withDirection(Direction newDirection) {
        return new Metric(key, label, source, newDirection, normalization, missing, stalenessDays, weight);
    }

    /** True when this metric's points can differ from {@code other}'s (anything but the weight changed). */
    public boolean pointsDifferFrom(Metric other) {
        return !(source.equals(other.source) && direction == other.direction
                && normalization.equals(other.normalization) && missing == other.missing
                && stalenessDays == other.stalenessDays);
    }
}
