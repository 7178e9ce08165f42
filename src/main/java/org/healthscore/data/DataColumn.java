package org.healthscore.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One column of per-account values as primitive doubles. NaN is the missing mask: a value that is absent,
 * stale or undefined (0/0) is NaN, and nothing else is. A categorical column stores category codes
 * (0, 1, …) that index {@code categories}; a numeric column has {@code categories == null}.
 */
public record DataColumn(String name, double[] values, String[] categories) {

    public DataColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }

    public static DataColumn numeric(String name, double[] values) {
        return new DataColumn(name, values, null);
    }

    public boolean isCategorical() {
        return categories != null;
    }

    public int size() {
        return values.length;
    }

    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    /** The category text of a row, or null when missing or numeric. */
    public String category(int row) {
        double v = values[row];
        return categories == null || Double.isNaN(v) ? null : categories[(int) v];
    }

    public int missingCount() {
        int missing = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing++;
            }
        }
        return missing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataColumn c && name.equals(c.name) && Arrays.equals(values, c.values)
                && Arrays.equals(categories, c.categories);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DataColumn[" + name + ", " + values.length + " rows" + (categories != null ? ", categorical" : "") + "]";
    }
}
