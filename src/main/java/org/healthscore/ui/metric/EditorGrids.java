package org.healthscore.ui.metric;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The metric editor's label-and-field grids: labels never cut to "…", fields growing when asked. */
final class EditorGrids {
    private EditorGrids() {
    }

    static GridPane labelled(List<? extends Node> labels, List<? extends Region> fields, boolean growFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        if (growFields) {
            fieldColumn.setHgrow(Priority.ALWAYS);
            fieldColumn.setFillWidth(true);
        }
        grid.getColumnConstraints().setAll(labelColumn, fieldColumn);
        for (int i = 0; i < labels.size(); i++) {
            grid.addRow(i, labels.get(i), fields.get(i));
            if (growFields) {
                fields.get(i).setMaxWidth(Double.MAX_VALUE);
            }
        }
        return grid;
    }

    static Label tip(Label label, String text) {
        Tooltip.install(label, new Tooltip(text));
        return label;
    }

    static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }

    static javafx.scene.control.Button button(String text, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }
}
