package org.healthscore.io.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Streams a one-row-per-account CSV file (comma-separated, header row, UTF-8) row by row, giving each row's
 * cells by column name. The file is never held in memory whole.
 */
public final class SnapshotRows {
    /** One data row: its line in the file and its cells by column name. */
    public interface Row {
        long line();

        Function<String, String> cells();
    }

    /** Receives rows in file order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Row row) throws IOException;
    }

    private SnapshotRows() {
    }

    /**
     * Reads {@code file}, checking first that its header has every {@code required} column; returns the header.
     */
    public static List<String> read(Path file, Set<String> required, RowHandler handler) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> csv = CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(in)) {
            var it = csv.iterator();
            if (!it.hasNext()) {
                throw new IOException(file.getFileName() + " is empty: there is no header row");
            }
            List<String> header = it.next().getFields().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i), i);
            }
            List<String> missing = required.stream().filter(c -> !index.containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new IOException(file.getFileName() + " has no column " + String.join(", ", missing)
                        + " (its columns: " + String.join(", ", header) + ")");
            }
            while (it.hasNext()) {
                CsvRecord r = it.next();
                if (r.getFieldCount() == 1 && r.getField(0).isEmpty()) {
                    continue;
                }
                if (r.getFieldCount() != header.size()) {
                    throw new IOException(file.getFileName() + " line " + r.getStartingLineNumber() + " has "
                            + r.getFieldCount() + " fields, the header has " + header.size());
                }
                long line = r.getStartingLineNumber();
                Function<String, String> cells = name -> {
                    Integer i = index.get(name);
                    return i == null ? null : r.getField(i);
                };
                handler.row(new Row() {
                    @Override
                    public long line() {
                        return line;
                    }

                    @Override
                    public Function<String, String> cells() {
                        return cells;
                    }
                });
            }
            return header;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
