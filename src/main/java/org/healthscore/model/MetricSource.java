package org.healthscore.model;

import java.util.List;
import java.util.Objects;

/** Where a metric's raw value comes from: one column, a ratio of two, or a column's change over time. */
public sealed interface MetricSource permits MetricSource.Column, MetricSource.Ratio, MetricSource.Trend {

    /** The workspace columns this source reads. */
    List<String> columns();

    /** The value of one column, as of the scoring date. */
    record Column(String column) implements MetricSource {
        public Column {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** numerator / denominator (e.g. active users / licensed seats); a zero or missing denominator is missing. */
    record Ratio(String numerator, String denominator) implements MetricSource {
        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }

        @Override
        public List<String> columns() {
            return List.of(numerator, denominator);
        }
    }

    /** value as of the date minus the value as of (date - days): how much a signal moved. */
    record Trend(String column, int days) implements MetricSource {
        public Trend {
            Objects.requireNonNull(column, "column");
            if (days <= 0) {
                throw new IllegalArgumentException("a trend needs a positive number of days, not " + days);
            }
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }
}
