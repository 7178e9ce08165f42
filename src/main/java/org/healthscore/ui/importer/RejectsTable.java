package org.healthscore.ui.importer;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.healthscore.store.RejectedRow;

/** The rows an import could not take: file, line, column, value and reason. */
final class RejectsTable extends TableView<RejectedRow> {
    RejectsTable() {
        setId("rejects");
        getColumns().add(column("File", RejectedRow::file, 130));
        getColumns().add(column("Line", r -> Long.toString(r.line()), 60));
        getColumns().add(column("Column", r -> r.column() == null ? "" : r.column(), 120));
        getColumns().add(column("Value", r -> r.value() == null ? "" : r.value(), 140));
        getColumns().add(column("Reason", RejectedRow::reason, 360));
        setPrefHeight(260);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // the reason gets the rest
    }

    private static TableColumn<RejectedRow, String> column(String title, Function<RejectedRow, String> f, double width) {
        TableColumn<RejectedRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
