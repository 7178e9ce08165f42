package org.healthscore.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the engine can score, in memory: the accounts and their observation series. Read once from the
 * workspace (or a CSV) per dataset, and again only when the data changes.
 */
public final class Dataset {
    private final String name;
    private final AccountTable accounts;
    private final Map<String, ObservationSeries> series;

    public Dataset(String name, AccountTable accounts, Map<String, ObservationSeries> series) {
        this.name = Objects.requireNonNull(name);
        this.accounts = Objects.requireNonNull(accounts);
        this.series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        for (ObservationSeries s : series.values()) {
            if (s.accountCount() != accounts.size()) {
                throw new IllegalArgumentException("series " + s.name() + " covers " + s.accountCount()
                        + " accounts, not " + accounts.size());
            }
        }
    }

    public String name() {
        return name;
    }

    public AccountTable accounts() {
        return accounts;
    }

    public Map<String, ObservationSeries> series() {
        return series;
    }

    /** True when a metric may read {@code column} (an account attribute or an observation series). */
    public boolean hasColumn(String column) {
        return accounts.attributes().containsKey(column) || series.containsKey(column);
    }

    /** All column names a metric may read, sorted. */
    public Set<String> columnNames() {
        Set<String> names = new TreeSet<>(accounts.attributes().keySet());
        names.addAll(series.keySet());
        return names;
    }

    /**
     * Refuses a metric source this data cannot give a meaningful number for, saying why: a column it lacks, a
     * ratio or trend of categories, or a trend of a column with one value per account (no history).
     */
    public void checkSource(org.healthscore.model.MetricSource source) {
        for (String column : source.columns()) {
            if (!hasColumn(column)) {
                throw new IllegalArgumentException("the workspace has no column '" + column + "'");
            }
            if (source instanceof org.healthscore.model.MetricSource.Column) {
                continue;
            }
            String kind = source instanceof org.healthscore.model.MetricSource.Ratio ? "a ratio" : "a change over days";
            ObservationSeries history = series.get(column);
            boolean categories = history != null ? history.categories() != null
                    : accounts.attributes().get(column).isCategorical();
            if (categories) {
                throw new IllegalArgumentException("'" + column + "' holds categories, not numbers, so it cannot be "
                        + "part of " + kind);
            }
            if (source instanceof org.healthscore.model.MetricSource.Trend && history == null) {
                throw new IllegalArgumentException("'" + column + "' has one value per account, not a history over "
                        + "time, so it has no change over days");
            }
        }
    }

    /** Earliest and latest observation day over all series, or null when the dataset has none (a snapshot). */
    public int[] observationSpan() {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (ObservationSeries s : series.values()) {
            int[] span = s.daySpan();
            if (span != null) {
                lo = Math.min(lo, span[0]);
                hi = Math.max(hi, span[1]);
            }
        }
        return lo == Integer.MAX_VALUE ? null : new int[] {lo, hi};
    }
}
