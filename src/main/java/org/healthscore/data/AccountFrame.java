package org.healthscore.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine scores: the accounts, the day each was assembled as of, and one raw-value column per
 * metric key (already combined for ratios and trends, staleness applied). Immutable; a metric whose source
 * changes gets a new frame via {@link #withMetricColumn}.
 */
public record AccountFrame(AccountTable accounts, int[] asOfDays, Map<String, DataColumn> metricColumns) {

    public AccountFrame {
        metricColumns = Collections.unmodifiableMap(new LinkedHashMap<>(metricColumns));
    }

    public int size() {
        return accounts.size();
    }

    public DataColumn metric(String key) {
        DataColumn c = metricColumns.get(key);
        if (c == null) {
            throw new IllegalArgumentException("the frame has no column for metric " + key);
        }
        return c;
    }

    public AccountFrame withMetricColumn(String key, DataColumn column) {
        Map<String, DataColumn> copy = new LinkedHashMap<>(metricColumns);
        copy.put(key, column);
        return new AccountFrame(accounts, asOfDays, copy);
    }
}
