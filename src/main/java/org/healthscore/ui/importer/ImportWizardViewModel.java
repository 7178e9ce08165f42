package org.healthscore.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.healthscore.store.CsvImporter;
import org.healthscore.store.ImportCancelledException;
import org.healthscore.store.ImportResult;
import org.healthscore.store.PendingImport;
import org.healthscore.store.Workspace;

/**
 * The import wizard's state: the chosen files with their formats and column mappings, then the staged
 * import (progress, Cancel), then its report and the choice to keep the good rows or abort. File reading and
 * the import run on the workspace thread; property changes happen on {@code fxThread}.
 */
public final class ImportWizardViewModel {
    /** Where the wizard is. */
    public enum Stage { CHOOSING, IMPORTING, REVIEWING, DONE }

    private final Workspace workspace;
    private final Executor workspaceThread;
    private final Executor fxThread;
    private final ImportChoices choices;
    private final ObservableList<ImportFile> files;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.CHOOSING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Add the CSV files to import.");
    private final ReadOnlyObjectWrapper<ImportResult> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper committed = new ReadOnlyBooleanWrapper();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private boolean closed;
    private PendingImport pending;

    public ImportWizardViewModel(Workspace workspace, Executor workspaceThread, Executor fxThread) {
        this.workspace = workspace;
        this.workspaceThread = workspaceThread;
        this.fxThread = fxThread;
        this.choices = new ImportChoices(workspaceThread, fxThread, message::set);
        this.files = choices.files();
    }

    /** The files chosen, with their formats and column mappings, and the one shown. */
    public ImportChoices choices() {
        return choices;
    }

    /** The report's rejected rows counted by reason, a line each, or none before a report. */
    public static List<String> rejectReasons(ImportResult r) {
        return r == null ? List.of() : org.healthscore.store.RejectSummary.of(r);
    }


    /** Stages every file in one transaction, with progress; the report then decides. */
    public void startImport() {
        String problem = WizardFiles.readiness(files);
        if (files.isEmpty() || !problem.startsWith("Ready")) {
            message.set(problem);
            return;
        }
        var specs = files.stream().map(ImportFile::spec).toList();
        cancel.set(false);
        stage.set(Stage.IMPORTING);
        progress.set(0);
        message.set("Importing…");
        CompletableFuture.supplyAsync(() -> new CsvImporter(workspace).stage(specs,
                (file, fraction, rows) -> fxThread.execute(() -> {
                    progress.set(fraction);
                    message.set(String.format(java.util.Locale.ROOT, "Importing %s: %,d rows", file, rows));
                }), cancel::get), workspaceThread)
                .handleAsync((staged, error) -> {
                    if (error != null) {
                        stage.set(Stage.CHOOSING);
                        Throwable c = WizardFiles.cause(error);
                        message.set(c instanceof ImportCancelledException ? c.getMessage() : "Import failed, the "
                                + "workspace is unchanged: " + c.getMessage());
                        return null;
                    }
                    pending = staged;
                    if (closed) {
                        abort(); // the wizard was closed while importing: never leave a transaction open
                        return null;
                    }
                    ImportResult preview = staged.preview();
                    report.set(preview);
                    if (preview.rejectedCount() == 0) {
                        keepGoodRows();
                    } else {
                        stage.set(Stage.REVIEWING);
                        message.set(String.format(java.util.Locale.ROOT, "%,d rows are ready; %,d rows cannot be "
                                + "taken. Import the good rows, or abort and fix the files?", preview.importedRows(),
                                preview.rejectedCount()));
                    }
                    return null;
                }, fxThread);
    }

    public void cancelImport() {
        cancel.set(true);
    }

    /** The wizard's window is gone: stop a running import and roll back a staged one. */
    public void close() {
        closed = true;
        cancel.set(true);
        abort();
    }

    /** Commits the staged import (the rows that could be taken). */
    public CompletableFuture<Void> keepGoodRows() {
        return end(PendingImport::commit, (result, error) -> {
            stage.set(Stage.DONE);
            message.set(error != null ? WizardFiles.cause(error).getMessage() : result.message());
            if (error == null) {
                report.set(result);
                committed.set(result.committed());
            }
        });
    }

    /**
     * Rolls the staged import back — the workspace stays exactly as it was — and goes back to the files and
     * their mappings, every choice kept, so the user can fix what the report showed and import again.
     */
    public CompletableFuture<Void> abort() {
        return end(p -> p.rollback("aborted by the user after reviewing the rejected rows"), (result, error) -> {
            if (!closed) {
                stage.set(Stage.CHOOSING);
                message.set(error != null ? WizardFiles.cause(error).getMessage() : "Import aborted; nothing was changed. "
                        + "Change the mapping (types, roles, outcome values, missing values) and import again.");
            }
        });
    }

    /** Ends the staged import on the workspace thread ({@code action}), then tells {@code then} on the FX thread. */
    private CompletableFuture<Void> end(java.util.function.Function<PendingImport, ImportResult> action,
                                        java.util.function.BiConsumer<ImportResult, Throwable> then) {
        if (pending == null) {
            return CompletableFuture.completedFuture(null);
        }
        PendingImport p = pending;
        pending = null;
        return CompletableFuture.supplyAsync(() -> action.apply(p), workspaceThread).handleAsync((result, error) -> {
            then.accept(result, error);
            return null;
        }, fxThread);
    }

    /**
     * Writes the files' mappings (format, types, roles, outcome meanings, row-number ids) as a mapping file,
     * so that {@code import --mapping} repeats this import headless, e.g. every month.
     */
    public CompletableFuture<Path> saveMapping(Path file) {
        var specs = files.stream().map(ImportFile::spec).toList();
        return WizardFiles.write(file, () -> org.healthscore.io.csv.ImportMapping.write(specs, file), workspaceThread)
                .whenCompleteAsync((saved, error) -> message.set(error != null ? WizardFiles.cause(error).getMessage()
                        : "Mapping saved to " + file.getFileName() + ": `import --mapping " + file.getFileName()
                        + "` repeats this import."), fxThread);
    }

    /** Writes the rejected rows as a CSV report. */
    public CompletableFuture<Path> saveReport(Path file) {
        ImportResult r = report.get();
        return WizardFiles.write(file, () -> RejectReport.write(r.rejects(), file), workspaceThread);
    }



    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty committedProperty() {
        return committed.getReadOnlyProperty();
    }
}
