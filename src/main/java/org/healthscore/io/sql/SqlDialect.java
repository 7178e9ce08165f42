package org.healthscore.io.sql;

/**
 * The spellings that differ between the engines the generated SQL runs on. {@link #STANDARD} (SQLite, DuckDB,
 * PostgreSQL and most warehouses): identifiers in double quotes, {@code DOUBLE PRECISION}, a quote in a literal
 * doubled. {@link #SPARK} (Spark SQL, default settings): identifiers in backticks (a double-quoted word is a string
 * there), {@code DOUBLE} and {@code STRING}, and literals with backslash escapes ({@code 'It''s'} would read as
 * "Its").
 */
public enum SqlDialect {
    STANDARD,
    SPARK;

    /** The statement in this dialect: {@code sql} is as {@link ScoringSql} and {@link HistorySql} write it. */
    public String rewrite(String sql) {
        if (this == STANDARD) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) { // a comment, to the end of its line
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '\'') { // a literal: '' is a quote in it
                out.append('\'');
                i++;
                while (i < sql.length()) {
                    char d = sql.charAt(i);
                    if (d == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                        out.append("\\'");
                        i += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        out.append(d == '\\' ? "\\\\" : String.valueOf(d));
                        i++;
                    }
                }
                out.append('\'');
                i++;
            } else if (c == '"') { // an identifier: "" is a quote in it
                StringBuilder id = new StringBuilder();
                i++;
                while (i < sql.length()) {
                    char d = sql.charAt(i);
                    if (d == '"' && i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                        id.append('"');
                        i += 2;
                    } else if (d == '"') {
                        break;
                    } else {
                        id.append(d);
                        i++;
                    }
                }
                i++;
                out.append('`').append(id.toString().replace("`", "``")).append('`');
            } else if (sql.startsWith("DOUBLE PRECISION", i)) {
                out.append("DOUBLE");
                i += "DOUBLE PRECISION".length();
            } else if (sql.startsWith("VARCHAR(", i) && sql.indexOf(')', i) > i) {
                out.append("STRING"); // Spark casts to text as STRING, and warns at each VARCHAR(n) it is given
                i = sql.indexOf(')', i) + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
