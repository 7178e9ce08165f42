package org.healthscore.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything needed to import one file as one dataset. */
public record ImportSpec(Path file, String datasetName, CsvFormat format, List<ColumnSpec> columns) {
    public ImportSpec {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnSpec> withRole(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }

    /** A file with an as-of date column holds observations over time; otherwise it describes accounts. */
    public boolean isObservations() {
        return withRole(ColumnRole.AS_OF).isPresent();
    }
}
