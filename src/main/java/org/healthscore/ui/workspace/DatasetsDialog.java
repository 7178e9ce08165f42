package org.healthscore.ui.workspace;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.healthscore.store.Catalog;
import org.healthscore.store.DatasetInfo;
import org.healthscore.ui.session.Session;

/** File → Datasets…: the workspace's datasets (remove one) and its import history. */
public final class DatasetsDialog {
    private DatasetsDialog() {
    }

    public static void show(Stage owner, Session session) {
        DatasetsCommands vm = new DatasetsCommands(session);
        TableView<DatasetInfo> datasets = new TableView<>();
        datasets.setId("datasets");
        datasets.getColumns().add(column("Dataset", DatasetInfo::name, 170));
        datasets.getColumns().add(column("Kind", DatasetInfo::kind, 100));
        datasets.getColumns().add(column("Rows", d -> String.format(java.util.Locale.ROOT, "%,d", d.rows()), 90));
        datasets.getColumns().add(column("Imported", d -> d.importedAt().replace('T', ' ').replaceFirst("\\..*", ""), 160));
        datasets.getColumns().add(column("From", DatasetInfo::sourceFile, 320));
        datasets.setPrefHeight(200);
        TableView<Catalog.ImportAttempt> history = new TableView<>();
        history.getColumns().add(column("Started", a -> a.startedAt().replace('T', ' ').replaceFirst("\\..*", ""), 160));
        history.getColumns().add(column("Status", Catalog.ImportAttempt::status, 90));
        history.getColumns().add(column("Datasets", Catalog.ImportAttempt::datasets, 170));
        history.getColumns().add(column("Message", a -> a.message() == null ? "" : a.message(), 420));
        history.setPrefHeight(200);
        Button remove = new Button("Remove dataset…");
        remove.setId("remove-dataset");
        remove.disableProperty().bind(datasets.getSelectionModel().selectedItemProperty().isNull());
        Runnable refresh = () -> vm.contents().thenAccept(c -> Platform.runLater(() -> {
                    datasets.getItems().setAll(c.datasets());
                    history.getItems().setAll(c.history());
                }));
        remove.setOnAction(e -> {
            DatasetInfo d = datasets.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Remove dataset '" + d.name() + "' ("
                    + String.format(java.util.Locale.ROOT, "%,d", d.rows()) + " rows) from the workspace? "
                    + "Import the file again to bring it back.", ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(owner);
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b ->
                    vm.remove(d.name()).thenRun(() -> Platform.runLater(refresh)));
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Datasets");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Datasets in this workspace"), datasets,
                new HBox(8, remove), new Label("Import history"), history));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        refresh.run();
        dialog.show();
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
