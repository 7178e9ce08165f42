package org.healthscore.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnType;
import org.healthscore.store.FormatChoice;
import org.healthscore.store.MissingTokens;
import org.healthscore.store.OutcomeMeaning;

/**
 * The import wizard's first page: the files chosen, each with its detected format and the user's column
 * mapping (types, roles, what each outcome value means), and the file shown. Files are read on the workspace
 * thread; changes happen on {@code fxThread}, each followed by a line saying whether the files are ready.
 */
public final class ImportChoices {
    private final ObservableList<ImportFile> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportFile> selected = new ReadOnlyObjectWrapper<>();
    private final Executor workspaceThread;
    private final Executor fxThread;
    private final Consumer<String> message;

    ImportChoices(Executor workspaceThread, Executor fxThread, Consumer<String> message) {
        this.workspaceThread = workspaceThread;
        this.fxThread = fxThread;
        this.message = message;
    }

    /** Reads each file's first rows and detects its format and columns. */
    public CompletableFuture<Void> addFiles(List<Path> paths) {
        return CompletableFuture.supplyAsync(() -> paths.stream().map(p -> sniff(p, FormatChoice.AUTO)).toList(),
                workspaceThread).handleAsync((added, error) -> {
                    if (error != null) {
                        message.accept(WizardFiles.cause(error).getMessage());
                        return null;
                    }
                    for (ImportFile f : added) {
                        files.removeIf(existing -> existing.path().equals(f.path()));
                        files.add(f);
                    }
                    if (!added.isEmpty()) {
                        selected.set(added.get(added.size() - 1));
                    }
                    message.accept(WizardFiles.readiness(files));
                    return null;
                }, fxThread);
    }

    /** Re-reads the selected file with a changed format choice (encoding, delimiter, header, …). */
    public CompletableFuture<Void> changeFormat(FormatChoice choice) {
        ImportFile current = selected.get();
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        String dataset = current.spec().datasetName();
        var outcomeValues = current.spec().outcomeValues(); // what the user said a value means outlives a re-read
        return CompletableFuture.supplyAsync(() -> {
            ImportFile f = sniff(current.path(), choice).withDatasetName(dataset);
            return f.withSpec(f.spec().withOutcomeValues(outcomeValues));
        }, workspaceThread).handleAsync((f, error) -> {
                    if (error != null) {
                        message.accept(WizardFiles.cause(error).getMessage());
                    } else {
                        replace(current, f);
                    }
                    return null;
                }, fxThread);
    }

    public void setColumn(int index, ColumnType type, ColumnRole role) {
        ImportFile current = selected.get();
        if (current != null) {
            replace(current, current.withColumn(index, type, role));
        }
    }

    /** Row numbers (1, 2, …) as the account id, for a file that has no id column. */
    public void setRowNumberId(boolean on) {
        ImportFile current = selected.get();
        if (current != null && on != current.spec().rowNumberId()) {
            replace(current, current.withRowNumberId(on));
        }
    }

    /** What a value of the outcome column means (churned, retained, not known yet). */
    public void setOutcomeValue(String value, OutcomeMeaning meaning) {
        ImportFile current = selected.get();
        if (current != null && meaning != null) {
            replace(current, current.withOutcomeValue(value, meaning));
        }
    }

    public void setDatasetName(String name) {
        ImportFile current = selected.get();
        if (current != null && !name.equals(current.spec().datasetName())) {
            replace(current, current.withDatasetName(name));
        }
    }

    public void select(ImportFile f) {
        selected.set(f);
    }

    public void remove(ImportFile f) {
        files.remove(f);
        if (f.equals(selected.get())) {
            selected.set(files.isEmpty() ? null : files.get(0));
        }
        message.accept(WizardFiles.readiness(files));
    }

    private ImportFile sniff(Path p, FormatChoice choice) {
        return WizardFiles.read(p, choice);
    }

    private void replace(ImportFile old, ImportFile now) {
        int i = files.indexOf(old);
        if (i >= 0) {
            files.set(i, now);
        }
        selected.set(now);
        message.accept(WizardFiles.readiness(files));
    }

    public ObservableList<ImportFile> files() {
        return files;
    }

    public ReadOnlyObjectProperty<ImportFile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The missing-value tokens as the wizard's field shows them ("NA, N/A, -, …"). */
    public static String missingText(java.util.Set<String> tokens) {
        return MissingTokens.format(tokens);
    }

    /** The missing-value tokens typed in the wizard's field. */
    public static java.util.Set<String> parseMissing(String text) {
        return MissingTokens.parse(text);
    }
}
