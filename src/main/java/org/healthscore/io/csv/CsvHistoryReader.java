package org.healthscore.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.ObservationSeries;
import org.healthscore.data.Outcome;

/**
 * Reads a CSV file with several dated rows per account (account id, date, value columns) into a
 * {@link Dataset}, so that it can be scored as of a date: every value column becomes an observation series;
 * the latest non-empty value on or before the date counts. Text columns become categories.
 */
public final class CsvHistoryReader {
    private CsvHistoryReader() {
    }

    public static Dataset read(Path file, String idColumn, String dateColumn, Set<String> valueColumns)
            throws IOException {
        return read(file, idColumn, dateColumn, valueColumns, null);
    }

    /** As {@link #read(Path, String, String, Set)}, with these missing-value tokens (null: the defaults). */
    public static Dataset read(Path file, String idColumn, String dateColumn, Set<String> valueColumns,
                               Set<String> missingTokens) throws IOException {
        Map<String, Integer> accountIndex = new LinkedHashMap<>();
        List<int[]> keys = new ArrayList<>();
        Map<String, List<String>> raw = new LinkedHashMap<>();
        valueColumns.forEach(c -> raw.put(c, new ArrayList<>()));
        Set<String> required = new java.util.LinkedHashSet<>(valueColumns);
        required.add(idColumn);
        required.add(dateColumn);
        SnapshotRows.read(file, required, missingTokens, row -> {
            // ids are data: compared exactly as written ("=1+1" and "\t=1+1" are two accounts)
            String id = row.cells().apply(idColumn);
            String date = row.cells().apply(dateColumn).trim();
            if (id == null || id.isEmpty()) {
                throw new IOException(file.getFileName() + " line " + row.line() + ": empty " + idColumn);
            }
            int day;
            try {
                day = (int) LocalDate.parse(date).toEpochDay();
            } catch (DateTimeParseException e) {
                throw new IOException(file.getFileName() + " line " + row.line() + ", column " + dateColumn
                        + ": '" + org.healthscore.store.Printable.of(date) + "' is not a date (yyyy-MM-dd)");
            }
            int account = accountIndex.computeIfAbsent(id, k -> accountIndex.size());
            keys.add(new int[] {account, day});
            for (String c : valueColumns) {
                raw.get(c).add(row.cells().apply(c));
            }
        });
        int n = accountIndex.size();
        Map<String, ObservationSeries> series = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            series.put(e.getKey(), column(e.getKey(), e.getValue(), keys, n));
        }
        byte[] outcome = new byte[n];
        java.util.Arrays.fill(outcome, Outcome.UNKNOWN);
        double[] arr = new double[n];
        java.util.Arrays.fill(arr, Double.NaN);
        int[] days = new int[n];
        java.util.Arrays.fill(days, AccountTable.NO_DAY);
        AccountTable accounts = new AccountTable(accountIndex.keySet().toArray(String[]::new), outcome, arr, days,
                Map.<String, DataColumn>of(), null);
        return new Dataset(file.getFileName().toString(), accounts, series);
    }

    /** One column's dated cells as a series: numbers or categories, decided as {@link ColumnsReader} does. */
    private static ObservationSeries column(String name, List<String> cells, List<int[]> keys, int accounts) {
        DataColumn parsed = ColumnsReader.column(name, cells);
        ObservationSeries.Builder b = new ObservationSeries.Builder(name, accounts, null);
        for (int i = 0; i < cells.size(); i++) {
            b.add(keys.get(i)[0], keys.get(i)[1], parsed.values()[i]); // missing (NaN) cells are not stored
        }
        return b.build(parsed.categories());
    }
}
