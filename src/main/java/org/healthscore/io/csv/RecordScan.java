package org.healthscore.io.csv;

/**
 * FastCSV's reading rules, one character at a time, without keeping any text: where records end, and the lines it
 * counts (for a row's line in a message). A quote opens a quoted field only where the field has no data yet; inside
 * one a quote closes it (a doubled quote closes and reopens it); CR, LF and CR LF end a record outside quotes. As in
 * FastCSV 3.4, an LF right after a CR is the CR's, and a CR seen inside quotes stays "last" until an LF, another
 * field or record data comes (so a later LF after the closing quote is taken as that CR's LF): the blocks must be
 * cut where FastCSV reading the whole file ends its records, or they would read differently.
 */
final class RecordScan {
    private final char separator;
    private final char quote;
    private boolean quoted;
    private boolean data;
    private boolean quotedField;
    private boolean cr;
    private long lines;

    RecordScan(char separator, char quote) {
        this.separator = separator;
        this.quote = quote;
    }

    /** The line breaks FastCSV has counted so far: record ends and breaks inside quotes, a CR LF once. */
    long lines() {
        return lines;
    }

    /** Reads one character; true when it ends a record. */
    boolean next(char c) {
        if (quoted) {
            if (c == quote) {
                quoted = false;
            } else if (c == '\r') {
                cr = true;
                lines++;
            } else if (c == '\n') {
                lines += cr ? 0 : 1;
                cr = false;
            }
            return false;
        }
        if (c == separator) {
            data = false;
            quotedField = false;
            cr = false;
            return false;
        }
        if (c == '\r' || c == '\n') {
            data = false;
            quotedField = false;
            if (c == '\n' && cr) {
                cr = false; // the LF of a CR LF
                return false;
            }
            cr = c == '\r';
            lines++;
            return true;
        }
        if (c == quote && !data) {
            quoted = true;
            quotedField = true;
            cr = false;
        } else if (!quotedField) {
            data = true;
            cr = false;
        }
        return false;
    }
}
