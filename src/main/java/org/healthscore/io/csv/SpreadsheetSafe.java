package org.healthscore.io.csv;

/**
 * CSV cells written for people open in spreadsheet programs, which run a cell starting with =, +, -, @, tab or
 * carriage return as a formula. Such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
