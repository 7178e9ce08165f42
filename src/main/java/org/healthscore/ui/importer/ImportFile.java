package org.healthscore.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.ColumnType;
import org.healthscore.store.FormatChoice;
import org.healthscore.store.IdRepeats;
import org.healthscore.store.ImportSpec;
import org.healthscore.store.OutcomeMeaning;

/**
 * One file in the import wizard: what the user chose about its format, and the detected (then edited) spec
 * with the first rows for the preview and the rows read to detect it (up to 500). Immutable; every edit makes
 * a new value.
 */
public record ImportFile(Path path, FormatChoice choice, ImportSpec spec, List<List<String>> preview,
                         List<List<String>> sample) {

    /** Most distinct outcome values listed for the user to give a meaning; an outcome has a handful. */
    static final int MAX_OUTCOME_VALUES = 30;

    public String name() {
        return path.getFileName().toString();
    }

    public ImportFile withSpec(ImportSpec newSpec) {
        return new ImportFile(path, choice, newSpec, preview, sample);
    }

    /**
     * A column's new type and role. Choosing a column as the account id turns row numbers off; only one
     * column can be the account id or the outcome, so choosing another makes the former one an attribute.
     */
    public ImportFile withColumn(int index, ColumnType type, ColumnRole role) {
        List<ColumnSpec> cols = new ArrayList<>(spec.columns());
        if (role == ColumnRole.OUTCOME) {
            type = ColumnType.TEXT; // stored as its meaning
        }
        if (role == ColumnRole.OUTCOME || role == ColumnRole.ACCOUNT_ID) {
            for (int i = 0; i < cols.size(); i++) {
                if (i != index && cols.get(i).role() == role) {
                    cols.set(i, cols.get(i).withRole(ColumnRole.ATTRIBUTE));
                }
            }
        }
        cols.set(index, cols.get(index).withType(type).withRole(role));
        ImportSpec s = spec.withColumns(cols);
        return withSpec(role == ColumnRole.ACCOUNT_ID ? s.withRowNumberId(false) : s);
    }

    /** Row numbers as the id: a column that was the id becomes an attribute. */
    public ImportFile withRowNumberId(boolean on) {
        if (!on) {
            return withSpec(spec.withRowNumberId(false));
        }
        List<ColumnSpec> cols = spec.columns().stream().map(c -> c.role() == ColumnRole.ACCOUNT_ID
                ? c.withRole(ColumnRole.ATTRIBUTE) : c).toList();
        return withSpec(spec.withColumns(cols).withRowNumberId(true));
    }

    public ImportFile withDatasetName(String name) {
        return withSpec(spec.withDatasetName(name));
    }

    public ImportFile withOutcomeValue(String value, OutcomeMeaning meaning) {
        return withSpec(spec.withOutcomeValue(value, meaning));
    }

    /** One distinct value of the outcome column in the sample, how often it appears, and its meaning (if any). */
    public record OutcomeValue(String value, int count, Optional<OutcomeMeaning> meaning) {
    }

    /** The outcome column's distinct values in the sample (trimmed, missing cells as one "not known yet"). */
    public List<OutcomeValue> outcomeValues() {
        Optional<ColumnSpec> outcome = spec.columns().stream().filter(c -> c.role() == ColumnRole.OUTCOME).findFirst();
        if (outcome.isEmpty()) {
            return List.of();
        }
        int column = outcome.get().index();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> row : sample) {
            if (column < row.size()) {
                String v = spec.format().isMissing(row.get(column)) ? "" : row.get(column).strip();
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().limit(MAX_OUTCOME_VALUES)
                .map(e -> new OutcomeValue(e.getKey(), e.getValue(), spec.outcomeMeaning(e.getKey()))).toList();
    }

    /** What stops this file from importing, or null when it is ready. */
    public String problem() {
        long ids = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).count();
        boolean observations = spec.columns().stream().anyMatch(c -> c.role() == ColumnRole.AS_OF);
        if (spec.rowNumberId() && observations) {
            return name() + ": row numbers can be the id only in a file with one row per account; choose the "
                    + "account id column";
        }
        if (ids == 0 && !spec.rowNumberId()) {
            return name() + ": choose the account id column, or use the row number as the id";
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

    /** What the user should know before importing (nothing stops it), or null. */
    public String warning() {
        if (org.healthscore.store.OverrideFile.looksLikeOverrides(spec.columns().stream()
                .map(org.healthscore.store.ColumnSpec::sourceName).toList())) {
            return name() + " looks like a file of CSM overrides (an account, a band or a metric's points, a note): "
                    + "import it with File \u2192 Import CSM overrides\u2026 to apply them; imported here it becomes "
                    + "a dataset of plain columns.";
        }
        var id = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).findFirst();
        if (id.isPresent()) {
            String repeats = IdRepeats.in(spec, sample).describe(id.get().name());
            if (repeats != null) {
                return repeats;
            }
        }
        long unmapped = outcomeValues().stream().filter(v -> v.meaning().isEmpty()).mapToLong(OutcomeValue::count).sum();
        if (unmapped > 0) {
            return String.format(Locale.ROOT, "%,d of the rows read have an outcome value with no meaning; give each "
                    + "value below a meaning, or those rows will be rejected.", unmapped);
        }
        return null;
    }
}
