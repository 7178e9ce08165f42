package org.healthscore.ui.importer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.healthscore.ui.FileDialogs;
import org.healthscore.ui.importer.ImportWizardViewModel.Stage;

/**
 * The import wizard: files on the left; for the selected one its format, a preview and its columns' types
 * and roles; below, progress with Cancel, then the report of rejected rows with the choice to keep the good
 * rows or abort. Only binds to the view-model and forwards the user's choices.
 */
public final class ImportWizardView extends BorderPane {

    public ImportWizardView(ImportWizardViewModel vm, FileDialogs dialogs, Runnable close) {
        setPadding(new Insets(12));
        ListView<ImportFile> files = new ListView<>(vm.choices().files());
        files.setId("import-files");
        files.setPrefWidth(220);
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.name() + (f.problem() == null ? "" : "  ⚠"));
            }
        });
        files.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && !f.equals(vm.choices().selectedProperty().get())) {
                vm.choices().select(f);
            }
        });
        Button add = new Button("Add files…");
        add.setId("add-files");
        add.setOnAction(e -> {
            var paths = dialogs.openMany("Choose CSV files", "CSV files", ".csv", ".txt", ".tsv");
            if (!paths.isEmpty()) {
                vm.choices().addFiles(paths);
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(vm.choices().selectedProperty().isNull());
        remove.setOnAction(e -> vm.choices().remove(vm.choices().selectedProperty().get()));
        VBox left = new VBox(8, new HBox(8, add, remove), files);
        VBox.setVgrow(files, Priority.ALWAYS);

        FormatPane format = new FormatPane(vm.choices()::changeFormat, vm.choices()::setDatasetName);
        PreviewTable preview = new PreviewTable();
        ColumnsPane columns = new ColumnsPane(vm.choices());
        vm.choices().selectedProperty().addListener((o, a, f) -> {
            format.show(f);
            preview.show(f);
            columns.show(f);
            if (f != null) {
                files.getSelectionModel().select(f);
            }
        });
        format.show(null);
        TabPane details = new TabPane(new Tab("Preview", preview), new Tab("Columns and roles", scroll(columns)));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox right = new VBox(format, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane choosing = new SplitPane(left, right);
        choosing.setDividerPositions(0.22);
        choosing.disableProperty().bind(vm.stageProperty().isNotEqualTo(Stage.CHOOSING));

        // the review takes the whole wizard: the rejected rows, counted by reason, then every one of them
        RejectsTable rejects = new RejectsTable();
        Label reasons = new Label();
        reasons.setId("reject-reasons");
        reasons.setWrapText(true);
        Label reviewTitle = new Label("Rows that cannot be taken");
        reviewTitle.getStyleClass().add("field-label");
        vm.reportProperty().addListener((o, a, r) -> {
            // in file order: duplicates are found after loading, so they come last in the report
            rejects.getItems().setAll(r == null ? java.util.List.of() : r.rejects().stream()
                    .sorted(java.util.Comparator.comparing(org.healthscore.store.RejectedRow::file)
                            .thenComparingLong(org.healthscore.store.RejectedRow::line)).toList());
            reasons.setText(String.join("\n", ImportWizardViewModel.rejectReasons(r)));
        });
        VBox review = new VBox(8, reviewTitle, reasons, rejects);
        VBox.setVgrow(rejects, Priority.ALWAYS);
        review.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.reportProperty().get() != null
                && vm.reportProperty().get().rejectedCount() > 0
                && (vm.stageProperty().get() == Stage.REVIEWING || vm.stageProperty().get() == Stage.DONE),
                vm.reportProperty(), vm.stageProperty()));
        review.managedProperty().bind(review.visibleProperty());
        choosing.visibleProperty().bind(review.visibleProperty().not());
        choosing.managedProperty().bind(choosing.visibleProperty());
        VBox center = new VBox(10, choosing, review);
        VBox.setVgrow(choosing, Priority.ALWAYS);
        VBox.setVgrow(review, Priority.ALWAYS);
        setCenter(center);
        setBottom(bottom(vm, dialogs, close));
    }

    private static HBox bottom(ImportWizardViewModel vm, FileDialogs dialogs, Runnable close) {
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.textProperty().bind(vm.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(200);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.stageProperty().isEqualTo(Stage.IMPORTING));

        Button start = button("Import", "start-import", vm::startImport);
        start.setDefaultButton(true);
        visibleIn(start, vm, Stage.CHOOSING);
        start.disableProperty().bind(Bindings.isEmpty(vm.choices().files()));
        Button saveMapping = button("Save mapping…", "save-mapping", () -> dialogs.save("Save the mapping for "
                + "headless imports", "mapping.json", "Mapping file", ".json").ifPresent(vm::saveMapping));
        visibleIn(saveMapping, vm, Stage.CHOOSING);
        saveMapping.disableProperty().bind(Bindings.isEmpty(vm.choices().files()));
        Button cancel = button("Cancel", "cancel-import", vm::cancelImport);
        visibleIn(cancel, vm, Stage.IMPORTING);
        Button save = button("Save report…", "save-report", () -> dialogs.save("Save the rejected rows",
                "rejected-rows.csv", "CSV file", ".csv").ifPresent(vm::saveReport));
        visibleIn(save, vm, Stage.REVIEWING);
        Button keep = button("Import the good rows", "keep-good-rows", vm::keepGoodRows);
        visibleIn(keep, vm, Stage.REVIEWING);
        Button abort = button("Abort", "abort-import", vm::abort);
        visibleIn(abort, vm, Stage.REVIEWING);
        Button done = button("Close", "close-import", close);
        done.visibleProperty().bind(vm.stageProperty().isEqualTo(Stage.DONE).or(vm.stageProperty().isEqualTo(Stage.CHOOSING)));
        done.managedProperty().bind(done.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, message, grow, progress, cancel, save, abort, keep, saveMapping, start, done);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        HBox.setHgrow(message, Priority.SOMETIMES);
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE); // the message may wrap; the buttons never shrink
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void visibleIn(Button b, ImportWizardViewModel vm, Stage stage) {
        b.visibleProperty().bind(vm.stageProperty().isEqualTo(stage));
        b.managedProperty().bind(b.visibleProperty());
    }

    private static ScrollPane scroll(javafx.scene.Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }
}
