package org.healthscore.io.sql;

import org.healthscore.model.Metric;

/**
 * Where a metric reads a source column: the table's own column of that name for a one-row-per-account table;
 * a column of the as-of frame ({@link HistorySql}) that holds it as of the date, within the metric's staleness.
 */
public interface Sources {
    /** The column (an SQL identifier) with {@code column}'s value for {@code metric} as of the date. */
    String now(Metric metric, String column);

    /** For a trend: the column with its value as of the date minus the trend's days; null: no history. */
    String before(Metric metric, String column);

    /** A segment's column. */
    String segment(String column);

    /** Every source column is the table's own column of that name; trends need history and are refused. */
    Sources TABLE = new Sources() {
        @Override
        public String now(Metric metric, String column) {
            return ScoringSql.q(column);
        }

        @Override
        public String before(Metric metric, String column) {
            return null;
        }

        @Override
        public String segment(String column) {
            return ScoringSql.q(column);
        }
    };
}
