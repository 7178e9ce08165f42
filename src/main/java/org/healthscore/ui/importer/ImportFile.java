package org.healthscore.ui.importer;

import java.nio.file.Path;
import java.util.List;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.ColumnType;
import org.healthscore.store.FormatChoice;
import org.healthscore.store.ImportSpec;

/**
 * One file in the import wizard: what the user chose about its format, and the detected (then edited) spec
 * with the first rows for the preview. Immutable; every edit makes a new value.
 */
public record ImportFile(Path path, FormatChoice choice, ImportSpec spec, List<List<String>> preview) {

    public String name() {
        return path.getFileName().toString();
    }

    public ImportFile withSpec(ImportSpec newSpec) {
        return new ImportFile(path, choice, newSpec, preview);
    }

    public ImportFile withColumn(int index, ColumnType type, ColumnRole role) {
        List<ColumnSpec> cols = new java.util.ArrayList<>(spec.columns());
        cols.set(index, cols.get(index).withType(type).withRole(role));
        return withSpec(new ImportSpec(spec.file(), spec.datasetName(), spec.format(), cols));
    }

    public ImportFile withDatasetName(String name) {
        return withSpec(new ImportSpec(spec.file(), name, spec.format(), spec.columns()));
    }

    /** What stops this file from importing, or null when it is ready. */
    public String problem() {
        long ids = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).count();
        if (ids == 0) {
            return name() + ": choose the account id column";
        }
        if (ids > 1) {
            return name() + ": only one column can be the account id";
        }
        if (spec.columns().stream().filter(c -> c.role() == ColumnRole.AS_OF).count() > 1) {
            return name() + ": only one column can be the as-of date";
        }
        if (spec.datasetName() == null || spec.datasetName().isBlank()) {
            return name() + ": give the dataset a name";
        }
        return null;
    }
}
