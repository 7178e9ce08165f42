package org.healthscore.ui.importer;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.ColumnType;

/** One row per column of the selected file: its name, a sample value, and its type and role to confirm. */
final class ColumnsPane extends GridPane {
    /** Called when the user changes a column's type or role. */
    interface ColumnChange {
        void changed(int index, ColumnType type, ColumnRole role);
    }

    private final ColumnChange onChange;

    ColumnsPane(ColumnChange onChange) {
        this.onChange = onChange;
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(8));
    }

    void show(ImportFile f) {
        getChildren().clear();
        if (f == null) {
            return;
        }
        addRow(0, header("Column"), header("Example"), header("Type"), header("Role"));
        List<ColumnSpec> columns = f.spec().columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            ComboBox<ColumnType> type = new ComboBox<>(FXCollections.observableArrayList(ColumnType.values()));
            type.setValue(c.type());
            type.setId("type-" + i);
            ComboBox<ColumnRole> role = new ComboBox<>(FXCollections.observableArrayList(ColumnRole.values()));
            role.setValue(c.role());
            role.setId("role-" + i);
            int index = i;
            type.valueProperty().addListener((o, a, b) -> onChange.changed(index, b, role.getValue()));
            role.valueProperty().addListener((o, a, b) -> onChange.changed(index, type.getValue(), b));
            Label name = new Label(c.name());
            name.setId("column-" + i);
            addRow(i + 1, name, new Label(example(f, c.index())), type, role);
        }
    }

    private static String example(ImportFile f, int column) {
        for (List<String> row : f.preview()) {
            if (column < row.size() && !row.get(column).isBlank()) {
                String v = row.get(column);
                return v.length() > 30 ? v.substring(0, 27) + "…" : v;
            }
        }
        return "";
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }
}
