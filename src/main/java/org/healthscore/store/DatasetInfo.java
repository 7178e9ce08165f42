package org.healthscore.store;

import java.util.List;
import java.util.Optional;

/** A dataset as the workspace records it. */
public record DatasetInfo(long id, String name, String kind, String sourceFile, String table, long rows,
                          String importedAt, List<ColumnSpec> columns) {
    public boolean isObservations() {
        return "observations".equals(kind);
    }

    public Optional<ColumnSpec> column(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }
}
