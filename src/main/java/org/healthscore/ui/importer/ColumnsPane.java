package org.healthscore.ui.importer;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.ColumnType;
import org.healthscore.store.OutcomeMeaning;

/**
 * The selected file's columns: row numbers as the id (for a file without one), a warning when the chosen id
 * repeats, one row per column (name, a sample value, type and role to confirm, in words), and — when a column
 * is the outcome — each of its values with the meaning it will be imported as.
 */
final class ColumnsPane extends VBox {
    private final ImportChoices vm;
    private final CheckBox rowNumberId = new CheckBox("The file has no id column: use the row number (1, 2, …) as "
            + "the account id");
    private final Label warning = new Label();
    private final GridPane columns = grid();
    private final GridPane outcomeValues = grid();
    private final Label outcomeTitle = new Label("Outcome values — what each value means");
    private boolean showing;

    ColumnsPane(ImportChoices vm) {
        super(10);
        this.vm = vm;
        setPadding(new Insets(8));
        rowNumberId.setId("row-number-id");
        warning.setId("columns-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("import-warning");
        warning.setStyle("-fx-text-fill: #a04000;");
        outcomeTitle.getStyleClass().add("field-label");
        outcomeValues.setId("outcome-values");
        rowNumberId.selectedProperty().addListener((o, a, on) -> {
            if (!showing) {
                vm.setRowNumberId(on);
            }
        });
        getChildren().addAll(rowNumberId, warning, columns, outcomeTitle, outcomeValues);
    }

    void show(ImportFile f) {
        showing = true;
        try {
            columns.getChildren().clear();
            outcomeValues.getChildren().clear();
            setDisable(f == null);
            if (f == null) {
                visible(warning, false);
                visible(outcomeTitle, false);
                return;
            }
            rowNumberId.setSelected(f.spec().rowNumberId());
            String w = f.warning();
            warning.setText(w == null ? "" : "⚠ " + w);
            visible(warning, w != null);
            columns.addRow(0, header("Column"), header("Example"), header("Type"), header("Role"));
            List<ColumnSpec> cols = f.spec().columns();
            for (int i = 0; i < cols.size(); i++) {
                addColumnRow(f, i, cols.get(i));
            }
            var values = f.outcomeValues();
            visible(outcomeTitle, !values.isEmpty());
            if (!values.isEmpty()) {
                outcomeValues.addRow(0, header("Value"), header("Rows read"), header("Means"));
                for (int i = 0; i < values.size(); i++) {
                    addOutcomeRow(i, values.get(i));
                }
            }
        } finally {
            showing = false;
        }
    }

    private void addColumnRow(ImportFile f, int i, ColumnSpec c) {
        ComboBox<ColumnType> type = new ComboBox<>(FXCollections.observableArrayList(ColumnType.values()));
        type.setValue(c.type());
        type.setId("type-" + i);
        ComboBox<ColumnRole> role = new ComboBox<>(FXCollections.observableArrayList(ColumnRole.values()));
        role.setValue(c.role());
        role.setId("role-" + i);
        int index = i;
        type.valueProperty().addListener((o, a, b) -> vm.setColumn(index, b, role.getValue()));
        role.valueProperty().addListener((o, a, b) -> vm.setColumn(index, type.getValue(), b));
        Label name = new Label(c.name());
        name.setId("column-" + i);
        columns.addRow(i + 1, name, new Label(example(f, c.index())), type, role);
    }

    private void addOutcomeRow(int i, ImportFile.OutcomeValue v) {
        ComboBox<OutcomeMeaning> meaning = new ComboBox<>(FXCollections.observableArrayList(OutcomeMeaning.values()));
        meaning.setId("outcome-value-" + i);
        meaning.setPromptText("— choose —");
        v.meaning().ifPresent(meaning::setValue);
        if (v.value().isEmpty()) {
            meaning.setDisable(true); // an empty or missing cell is always "not known yet"
        }
        meaning.valueProperty().addListener((o, a, b) -> vm.setOutcomeValue(v.value(), b));
        Label value = new Label(v.value().isEmpty() ? "(empty or missing)" : v.value());
        value.setId("outcome-value-name-" + i);
        Label count = new Label(String.format(Locale.ROOT, "%,d", v.count()));
        if (v.meaning().isEmpty()) {
            value.setStyle("-fx-text-fill: #a04000; -fx-font-weight: bold;");
        }
        outcomeValues.addRow(i + 1, value, count, meaning);
    }

    private static void visible(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        return g;
    }

    private static String example(ImportFile f, int column) {
        for (List<String> row : f.preview()) {
            if (column < row.size() && !f.spec().format().isMissing(row.get(column))) {
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
