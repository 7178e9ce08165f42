package org.healthscore.io.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.healthscore.store.CsvFormat;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.FormatChoice;

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

    private static final java.util.regex.Pattern DECIMAL_COMMA =
            java.util.regex.Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})*(,\\d+)?|[-+]?\\d+,\\d+");

    /** A missing-value token reads as an empty cell; in a decimal-comma file 1.234,5 reads as 1234.5. */
    static String cell(String raw, CsvFormat format) {
        if (format.isMissing(raw)) {
            return "";
        }
        if (format.decimalComma() && raw.indexOf(',') >= 0) {
            String t = raw.strip();
            if (DECIMAL_COMMA.matcher(t).matches()) {
                return t.replace(".", "").replace(',', '.');
            }
        }
        return raw;
    }

    /**
     * Reads {@code file}, checking first that its header has every {@code required} column; returns the header.
     */
    public static List<String> read(Path file, Set<String> required, RowHandler handler) throws IOException {
        return read(file, required, null, handler);
    }

    /**
     * As {@link #read(Path, Set, RowHandler)} with the import's reading rules: the encoding, delimiter and
     * decimal comma detected as the import detects them, and the missing-value tokens ({@code missingTokens}, null
     * for the defaults) read as empty cells, so a file scores as it would import.
     */
    public static List<String> read(Path file, Set<String> required, Set<String> missingTokens, RowHandler handler)
            throws IOException {
        CsvFormat format = CsvSniffer.sniff(file, "scored", FormatChoice.AUTO.withMissing(missingTokens)).spec().format();
        try (Reader in = CsvSniffer.openLenient(file, format.charset());
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(format.delimiter())
                     .quoteCharacter(format.quote()).ignoreDifferentFieldCount(true).ofCsvRecord(in)) {
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
                    return i == null ? null : cell(r.getField(i), format);
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
