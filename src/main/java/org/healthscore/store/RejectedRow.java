package org.healthscore.store;

/** A row an import could not take, and why: file, line (1-based, as an editor shows it), column and value. */
public record RejectedRow(String file, long line, String column, String value, String reason) {
    /** One printable line: control characters in the file's text are escaped ({@link Printable}). */
    @Override
    public String toString() {
        return Printable.of(file) + " line " + line + (column == null ? "" : ", column '" + Printable.of(column) + "'")
                + (value == null ? "" : ", value '" + Printable.of(abbreviate(value)) + "'") + ": " + reason;
    }

    static String abbreviate(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}
