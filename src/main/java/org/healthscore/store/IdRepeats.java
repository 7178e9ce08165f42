package org.healthscore.store;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the chosen account id repeats in a file's first rows, said before an import starts: a column such
 * as tenure taken for the id would otherwise reject most of a file as duplicates only at its end. Only
 * one-row-per-account files are checked (observation files repeat ids by design).
 *
 * @param rowsRead   data rows looked at
 * @param repeated   rows whose id was already seen in those rows
 * @param examples   a few of the repeated values
 */
public record IdRepeats(long rowsRead, long repeated, List<String> examples) {
    /** Rows read from the file for the check: enough to see a bad choice, few enough to be instant. */
    public static final int ROWS = 10_000;

    public boolean any() {
        return repeated > 0;
    }

    /** One line for the user, naming the column, or null when nothing repeats. */
    public String describe(String column) {
        if (!any()) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "The account id column '%s' repeats: in the first %,d rows %,d "
                        + "have an id seen before (e.g. %s), and those rows would be rejected as duplicates. Choose "
                        + "another id column, or use the row number as the id.", Printable.of(column), rowsRead,
                repeated, Printable.of(String.join(", ", examples)));
    }

    /** Counts repeats of the spec's id column in rows already read (the wizard's sample). */
    public static IdRepeats in(ImportSpec spec, List<List<String>> rows) {
        var id = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).findFirst();
        if (id.isEmpty() || spec.isObservations()) {
            return new IdRepeats(0, 0, List.of());
        }
        Counter counter = new Counter();
        for (List<String> row : rows) {
            if (id.get().index() < row.size()) {
                counter.add(row.get(id.get().index()), spec.format());
            }
        }
        return counter.result();
    }

    /** Reads the file's first {@link #ROWS} data rows and counts repeats of its id column. */
    public static IdRepeats inFile(ImportSpec spec) throws IOException {
        var id = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).findFirst();
        if (id.isEmpty() || spec.isObservations()) {
            return new IdRepeats(0, 0, List.of());
        }
        Counter counter = new Counter();
        try (Reader in = Files.newBufferedReader(spec.file(), spec.format().charset());
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(spec.format().delimiter())
                     .quoteCharacter(spec.format().quote()).ignoreDifferentFieldCount(true).skipEmptyLines(true)
                     .ofCsvRecord(in)) {
            boolean header = spec.format().header();
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                if (counter.rows >= ROWS) {
                    break;
                }
                if (id.get().index() < r.getFieldCount()) {
                    counter.add(r.getField(id.get().index()), spec.format());
                }
            }
        } catch (RuntimeException e) {
            // unreadable bytes or quotes: the import itself reports them, line by line
        }
        return counter.result();
    }

    private static final class Counter {
        final Map<String, Integer> seen = new HashMap<>();
        final List<String> examples = new ArrayList<>();
        long rows;
        long repeated;

        void add(String cell, CsvFormat format) {
            rows++;
            if (format.isMissing(cell)) {
                return; // a missing id is its own reject
            }
            if (seen.merge(cell, 1, Integer::sum) > 1) {
                repeated++;
                if (examples.size() < 3 && !examples.contains(cell)) {
                    examples.add(cell);
                }
            }
        }

        IdRepeats result() {
            return new IdRepeats(rows, repeated, List.copyOf(examples));
        }
    }
}
