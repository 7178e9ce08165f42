package org.healthscore.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.healthscore.store.Catalog;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.ColumnType;
import org.healthscore.store.DatasetInfo;
import org.healthscore.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's view-model without a screen: choose a file, import, review the rejected row, abort
 * (nothing changed, every choice kept), import again and keep the good rows. Executors run work at once.
 */
class ImportWizardViewModelTest {
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;
    Workspace workspace;
    ImportWizardViewModel vm;
    Path accounts;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.create(dir.resolve("acme.hsw"));
        vm = new ImportWizardViewModel(workspace, NOW, NOW);
        accounts = dir.resolve("accounts.csv");
        Files.writeString(accounts, "account_id,segment,arr,outcome\nA1,SMB,1000,churned\nA2,SMB,2000,renewed\n"
                + "A3,Enterprise,lots,renewed\nA4,Enterprise,90000,renewed\n");
    }

    @AfterEach
    void tearDown() {
        vm.close();
        workspace.close();
    }

    @Test
    void aRejectedRowIsReviewedAbortedWithNothingChangedThenTheGoodRowsAreKept() throws Exception {
        vm.choices().addFiles(List.of(accounts)).get();
        assertEquals(1, vm.choices().files().size());
        assertEquals(accounts, vm.choices().selectedProperty().get().path());
        assertTrue(vm.messageProperty().get().startsWith("Ready"), vm.messageProperty().get());
        // ARR is a number, whatever one cell says (the user's choice over the detected type)
        ColumnSpec arr = vm.choices().selectedProperty().get().spec().columns().stream()
                .filter(c -> c.name().equals("arr")).findFirst().orElseThrow();
        vm.choices().setColumn(arr.index(), ColumnType.DECIMAL, arr.role());
        assertEquals(ColumnType.DECIMAL, vm.choices().selectedProperty().get().spec().columns().get(arr.index()).type());

        vm.startImport();
        assertEquals(ImportWizardViewModel.Stage.REVIEWING, vm.stageProperty().get());
        assertEquals(3, vm.reportProperty().get().importedRows());
        assertEquals(1, vm.reportProperty().get().rejectedCount());
        assertEquals(List.of("1 row: not a number"), ImportWizardViewModel.rejectReasons(vm.reportProperty().get()));
        var reject = vm.reportProperty().get().rejects().get(0);
        assertEquals(List.of(4L, "arr", "lots"), List.of(reject.line(), reject.column(), reject.value()),
                "the line, column and value a user looks for in the file");

        vm.abort().get();
        assertEquals(ImportWizardViewModel.Stage.CHOOSING, vm.stageProperty().get());
        assertEquals(List.of(), new Catalog(workspace).datasets(), "aborted: the workspace is as it was");
        assertEquals(1, vm.choices().files().size(), "every choice kept for another try");

        vm.startImport();
        vm.keepGoodRows().get();
        assertEquals(ImportWizardViewModel.Stage.DONE, vm.stageProperty().get());
        assertTrue(vm.committedProperty().get());
        List<DatasetInfo> stored = new Catalog(workspace).datasets();
        assertEquals(1, stored.size());
        assertEquals(3, stored.get(0).rows());
    }

    @Test
    void removingTheOnlyFileLeavesNothingToImportAndSaysSo() throws Exception {
        vm.choices().addFiles(List.of(accounts)).get();
        vm.choices().remove(vm.choices().files().get(0));
        assertTrue(vm.choices().files().isEmpty());
        assertEquals(null, vm.choices().selectedProperty().get());
        vm.startImport();
        assertEquals(ImportWizardViewModel.Stage.CHOOSING, vm.stageProperty().get());
        assertFalse(vm.committedProperty().get());
        assertEquals(List.of(), new Catalog(workspace).datasets());
    }
}
