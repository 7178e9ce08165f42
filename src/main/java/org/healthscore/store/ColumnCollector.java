package org.healthscore.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.DataColumn;

/** Accumulates one attribute column: numbers and dates as doubles, text as category codes. */
final class ColumnCollector {
    final ColumnSpec spec;
    final Map<String, Integer> dict = new HashMap<>();
    final List<String> order = new ArrayList<>();
    double[] values = new double[1024];
    int size;

    ColumnCollector(ColumnSpec spec) {
        this.spec = spec;
    }

    void add(ResultSet rs, int col) throws SQLException {
        double v;
        if (spec.type() == ColumnType.TEXT) {
            String s = rs.getString(col);
            if (s == null || s.isBlank()) {
                v = Double.NaN;
            } else {
                v = dict.computeIfAbsent(s, k -> {
                    order.add(k);
                    return order.size() - 1;
                });
            }
        } else if (spec.type() == ColumnType.DATE) {
            String s = rs.getString(col);
            v = s == null ? Double.NaN : DatasetLoader.epochDay(s);
        } else {
            v = rs.getDouble(col);
            if (rs.wasNull()) {
                v = Double.NaN;
            }
        }
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    DataColumn build() {
        double[] v = java.util.Arrays.copyOf(values, size);
        return new DataColumn(spec.name(), v, spec.type() == ColumnType.TEXT ? order.toArray(String[]::new) : null);
    }
}
