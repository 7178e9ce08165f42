package org.healthscore.store;

/**
 * One column of an import.
 *
 * @param index      position in the file (0-based)
 * @param sourceName the header as written in the file (may be empty, duplicated or hostile)
 * @param name       the unique name it is stored under (always quoted in SQL)
 */
public record ColumnSpec(int index, String sourceName, String name, ColumnType type, ColumnRole role) {
    public ColumnSpec withRole(ColumnRole newRole) {
        return new ColumnSpec(index, sourceName, name, type, newRole);
    }

    public ColumnSpec withType(ColumnType newType) {
        return new ColumnSpec(index, sourceName, name, newType, role);
    }
}
