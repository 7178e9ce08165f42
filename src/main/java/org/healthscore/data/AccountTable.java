package org.healthscore.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The accounts of a dataset, one row each: ids, outcome, ARR, outcome date, and static attribute columns
 * (segment, industry, licensed seats, …) that do not change over time.
 *
 * @param outcome       {@link Outcome} codes
 * @param outcomeDay    epoch day of the outcome (or renewal) date; {@link #NO_DAY} when none
 * @param segmentColumn name of the attribute column holding the segment, or null
 */
public record AccountTable(String[] ids, byte[] outcome, double[] arr, int[] outcomeDay,
                           Map<String, DataColumn> attributes, String segmentColumn) {

    public static final int NO_DAY = Integer.MIN_VALUE;

    public AccountTable {
        Objects.requireNonNull(ids, "ids");
        int n = ids.length;
        if (outcome.length != n || arr.length != n || outcomeDay.length != n) {
            throw new IllegalArgumentException("account columns differ in length");
        }
        for (DataColumn c : attributes.values()) {
            if (c.size() != n) {
                throw new IllegalArgumentException("attribute " + c.name() + " has " + c.size() + " rows, not " + n);
            }
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public int size() {
        return ids.length;
    }

    public DataColumn segment() {
        return segmentColumn == null ? null : attributes.get(segmentColumn);
    }

    /** Row index by account id, built on demand (a million-entry map is not free). */
    public Map<String, Integer> indexById() {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }
}
