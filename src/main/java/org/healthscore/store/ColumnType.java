package org.healthscore.store;

/** The type a CSV column is stored as. Dates are stored as ISO-8601 text (yyyy-MM-dd), booleans as 0/1. */
public enum ColumnType {
    INTEGER("INTEGER"),
    DECIMAL("REAL"),
    DATE("TEXT"),
    BOOLEAN("INTEGER"),
    TEXT("TEXT");

    private final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    public String sqlType() {
        return sqlType;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == BOOLEAN;
    }
}
