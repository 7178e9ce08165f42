package org.healthscore.ui.importer;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The first rows of the selected file, as the current format reads them. */
final class PreviewTable extends TableView<List<String>> {
    PreviewTable() {
        setId("preview");
        setPlaceholder(new javafx.scene.control.Label("Add a CSV file to see its first rows."));
        setPrefHeight(220);
    }

    void show(ImportFile f) {
        getColumns().clear();
        getItems().clear();
        if (f == null) {
            return;
        }
        var columns = f.spec().columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = columns.get(i).index();
            TableColumn<List<String>, String> c = new TableColumn<>(columns.get(i).name());
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(index < cd.getValue().size()
                    ? cd.getValue().get(index) : ""));
            c.setSortable(false);
            c.setPrefWidth(Math.max(80, 9 * columns.get(i).name().length() + 24)); // headers readable in full
            getColumns().add(c);
        }
        getItems().setAll(f.preview());
    }
}
