package org.healthscore.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.data.DataColumn;
import org.healthscore.engine.RowScorer;

/** Reads whole columns of a one-row-per-account CSV: numbers when every filled cell is one, else categories. */
public final class ColumnsReader {
    private ColumnsReader() {
    }

    public static Map<String, DataColumn> read(Path file, Set<String> columns) throws IOException {
        return read(file, columns, null);
    }

    /** As {@link #read(Path, Set)}, with these missing-value tokens (null: the defaults). */
    public static Map<String, DataColumn> read(Path file, Set<String> columns, Set<String> missingTokens)
            throws IOException {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        columns.forEach(c -> cells.put(c, new ArrayList<>()));
        SnapshotRows.read(file, columns, missingTokens, row -> columns.forEach(c -> cells.get(c).add(row.cells().apply(c))));
        Map<String, DataColumn> out = new LinkedHashMap<>();
        cells.forEach((name, values) -> out.put(name, column(name, values)));
        return out;
    }

    static DataColumn column(String name, List<String> values) {
        boolean numeric = values.stream().filter(v -> v != null && !v.isBlank())
                .allMatch(v -> !Double.isNaN(RowScorer.number(v)));
        double[] v = new double[values.size()];
        if (numeric) {
            for (int i = 0; i < v.length; i++) {
                v[i] = RowScorer.number(values.get(i));
            }
            return DataColumn.numeric(name, v);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            String s = values.get(i) == null ? "" : values.get(i).trim();
            v[i] = s.isEmpty() ? Double.NaN : codes.computeIfAbsent(s, k -> codes.size());
        }
        return new DataColumn(name, v, codes.keySet().toArray(String[]::new));
    }
}
