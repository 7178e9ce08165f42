package org.healthscore.ui.workbench;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.healthscore.engine.Evaluation;

/** Accounts, churn and ARR per band. */
public final class BandTable extends TableView<Evaluation.BandRow> {

    public BandTable() {
        setId("band-table");
        getColumns().add(text("Band", r -> r.band().name()));
        getColumns().add(text("From score", r -> String.format(java.util.Locale.ROOT, "%.0f", r.band().lowerBound())));
        getColumns().add(text("Accounts", r -> Formats.count(r.accounts())));
        getColumns().add(text("Share", r -> Formats.percent(r.share())));
        getColumns().add(text("With outcome", r -> Formats.count(r.known())));
        getColumns().add(text("Churned", r -> Formats.count(r.churned())));
        getColumns().add(text("Churn rate", r -> Formats.percent(r.churnRate())));
        getColumns().add(text("ARR", r -> Formats.money(r.arr())));
        getColumns().add(text("Churned ARR", r -> Formats.money(r.churnedArr())));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(28);
        setPrefHeight(28 * 5 + 34);
        setMinHeight(28 * 5 + 34);
    }

    public void show(Evaluation e) {
        getItems().setAll(e.bandRows());
    }

    private static TableColumn<Evaluation.BandRow, String> text(String title,
                                                              java.util.function.Function<Evaluation.BandRow, String> f) {
        TableColumn<Evaluation.BandRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

    static <T> ReadOnlyObjectWrapper<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }
}
