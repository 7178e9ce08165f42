package org.healthscore.store;

/** The type a CSV column is stored as. Dates are stored as ISO-8601 text (yyyy-MM-dd), booleans as 0/1. */
public enum ColumnType {
    INTEGER("INTEGER", "Whole number"),
    DECIMAL("REAL", "Number"),
    DATE("TEXT", "Date"),
    BOOLEAN("INTEGER", "Yes / no"),
    TEXT("TEXT", "Text");

    private final String sqlType;
    private final String label;

    ColumnType(String sqlType, String label) {
        this.sqlType = sqlType;
        this.label = label;
    }

    public String sqlType() {
        return sqlType;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == BOOLEAN;
    }

    /** The type in words, as the wizard shows it. */
    @Override
    public String toString() {
        return label;
    }
}
