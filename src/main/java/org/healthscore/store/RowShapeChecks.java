package org.healthscore.store;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;

/**
 * Checks on a parsed row's shape before its cells are read: a quote that was never closed (it swallows the
 * rest of the file into one field, or a field runs over very many lines) and a field count other than the
 * header's, each with a reason that points at the cause.
 */
final class RowShapeChecks {
    private RowShapeChecks() {
    }

    /** Fields spanning more lines than this are a quote that was never closed, not a note with line breaks. */
    static final int MAX_FIELD_LINES = 100;

    /**
     * A quote that is never closed swallows every following line into one field, and the parser then ends
     * the field at the end of the file as if it were closed. Such a row (a multi-line field in the last row
     * of a file that does not end with a quote, or a field over {@link #MAX_FIELD_LINES} lines) is rejected.
     */
    static RejectedRow unclosedQuote(CsvRecord record, boolean lastWithoutClosingQuote, String file,
                                             long line) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String f = record.getField(i);
            if (f.indexOf('\n') < 0) {
                continue; // nearly every field: no line break, nothing to count
            }
            long breaks = f.chars().filter(ch -> ch == '\n').count();
            // a quote never closed swallows the rest of the file into the record's last field; a multi-line note
            // earlier in the row, with other fields after it, was closed
            boolean toTheEnd = lastWithoutClosingQuote && i == record.getFieldCount() - 1;
            if (breaks > 0 && (toTheEnd || breaks >= MAX_FIELD_LINES)) {
                return new RejectedRow(file, line, null, null, "a quote that is never closed, opened on line " + line
                        + " (field " + (i + 1) + "): the field runs " + (toTheEnd
                        ? "to the end of the file" : "over " + (breaks + 1) + " lines")
                        + "; close the quote or remove it");
            }
        }
        return null;
    }

    /** True when the file's last character, after line breaks and spaces, is its quote character. */
    static boolean endsWithQuote(ImportSpec spec) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(spec.file())) {
            long size = ch.size();
            int n = (int) Math.min(size, 64);
            var buf = java.nio.ByteBuffer.allocate(n);
            ch.read(buf, size - n);
            String tail = new String(buf.array(), 0, buf.position(), spec.format().charset()).stripTrailing();
            return !tail.isEmpty() && tail.charAt(tail.length() - 1) == spec.format().quote();
        }
    }

    /**
     * Why a row has the wrong number of fields. A quote that is never closed swallows every line after it
     * into one field, so a multi-line field in a ragged row points at the quote rather than the count.
     */
    static String raggedReason(CsvRecord record, int expected) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String f = record.getField(i);
            long lines = f.chars().filter(ch -> ch == '\n').count();
            if (lines > 0) {
                return "has " + record.getFieldCount() + " fields, the header has " + expected + "; field "
                        + (i + 1) + " spans " + (lines + 1) + " lines: probably a quote that is never closed";
            }
        }
        return "has " + record.getFieldCount() + " fields, the header has " + expected;
    }

}
