package org.healthscore.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything needed to import one file as one dataset.
 *
 * @param rowNumberId   the file has no id column: each data row's number (1, 2, …) is its account id
 * @param outcomeValues what each value of the outcome column means, as the user set it; a value not listed
 *                      takes its {@linkplain OutcomeMeaning#usual usual meaning}, and one with none is rejected
 */
public record ImportSpec(Path file, String datasetName, CsvFormat format, List<ColumnSpec> columns,
                         boolean rowNumberId, Map<String, OutcomeMeaning> outcomeValues) {
    /** The name the row-number id column is stored under (made unique against the file's own columns). */
    static final String ROW_NUMBER_SOURCE = "(row number)";

    public ImportSpec {
        columns = List.copyOf(columns);
        outcomeValues = Map.copyOf(outcomeValues);
    }

    public ImportSpec(Path file, String datasetName, CsvFormat format, List<ColumnSpec> columns) {
        this(file, datasetName, format, columns, false, Map.of());
    }

    public Optional<ColumnSpec> withRole(ColumnRole role) {
        return storedColumns().stream().filter(c -> c.role() == role).findFirst();
    }

    /** A file with an as-of date column holds observations over time; otherwise it describes accounts. */
    public boolean isObservations() {
        return withRole(ColumnRole.AS_OF).isPresent();
    }

    public ImportSpec withColumns(List<ColumnSpec> newColumns) {
        return new ImportSpec(file, datasetName, format, newColumns, rowNumberId, outcomeValues);
    }

    public ImportSpec withDatasetName(String name) {
        return new ImportSpec(file, name, format, columns, rowNumberId, outcomeValues);
    }

    public ImportSpec withRowNumberId(boolean on) {
        return new ImportSpec(file, datasetName, format, columns, on, outcomeValues);
    }

    public ImportSpec withOutcomeValue(String value, OutcomeMeaning meaning) {
        Map<String, OutcomeMeaning> m = new LinkedHashMap<>(outcomeValues);
        m.put(value.strip(), meaning);
        return new ImportSpec(file, datasetName, format, columns, rowNumberId, m);
    }

    public ImportSpec withOutcomeValues(Map<String, OutcomeMeaning> values) {
        return new ImportSpec(file, datasetName, format, columns, rowNumberId, values);
    }

    /** The meaning of an outcome cell (trimmed), or empty when it has none; a missing cell is not known yet. */
    public Optional<OutcomeMeaning> outcomeMeaning(String cell) {
        if (format.isMissing(cell)) {
            return Optional.of(OutcomeMeaning.UNKNOWN);
        }
        String v = cell.strip();
        OutcomeMeaning set = outcomeValues.get(v);
        return set != null ? Optional.of(set) : OutcomeMeaning.usual(v);
    }

    /**
     * The columns as stored: the file's, plus an account id column holding the row number when
     * {@link #rowNumberId} is set (its index is -1: it is read from no field).
     */
    public List<ColumnSpec> storedColumns() {
        if (!rowNumberId) {
            return columns;
        }
        List<ColumnSpec> out = new ArrayList<>(columns.size() + 1);
        out.add(new ColumnSpec(-1, ROW_NUMBER_SOURCE, uniqueIdName(), ColumnType.TEXT, ColumnRole.ACCOUNT_ID));
        out.addAll(columns);
        return out;
    }

    private String uniqueIdName() {
        String name = "account_id";
        for (int k = 2; true; k++) {
            String n = name;
            if (columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(n))) {
                return n;
            }
            name = "account_id_" + k;
        }
    }
}
