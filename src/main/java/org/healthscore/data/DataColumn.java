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

    /** The rows {@code mask} keeps, in order (null: this column): one segment's accounts' values. */
    public DataColumn keep(boolean[] mask) {
        if (mask == null) {
            return this;
        }
        int n = 0;
        for (boolean b : mask) {
            n += b ? 1 : 0;
        }
        double[] kept = new double[n];
        for (int i = 0, at = 0; i < values.length; i++) {
            if (mask[i]) {
                kept[at++] = values[i];
            }
        }
        return new DataColumn(name, kept, categories);
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
