package org.healthscore.store;

/** SQL text helpers. Column and table names come from users' files: they are always quoted, never trusted. */
public final class Sql {
    private Sql() {
    }

    /** A double-quoted SQL identifier; embedded quotes are doubled, NUL characters removed. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\0", "").replace("\"", "\"\"") + '"';
    }
}
