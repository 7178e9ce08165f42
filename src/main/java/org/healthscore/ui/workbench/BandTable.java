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
        getColumns().add(text("Band", r -> r.band().name(), 70));
        getColumns().add(text("From score", r -> String.format(java.util.Locale.ROOT, "%.0f", r.band().lowerBound()), 40));
        getColumns().add(text("Accounts", r -> Formats.count(r.accounts()), 94));
        getColumns().add(text("Share", r -> Formats.percent(r.share()), 60));
        getColumns().add(text("With outcome", r -> Formats.count(r.known()), 70));
        getColumns().add(text("Churned", r -> Formats.count(r.churned()), 88));
        getColumns().add(text("Churn rate", r -> Formats.percent(r.churnRate()), 60));
        getColumns().add(text("ARR", r -> Formats.money(r.arr()), 70));
        getColumns().add(text("Churned ARR", r -> Formats.money(r.churnedArr()), 70));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setFixedCellSize(28);
        setPrefHeight(28 * 5 + 34);
        setMinHeight(28 * 5 + 34);
    }

    public void show(Evaluation e) {
        getItems().setAll(e.bandRows());
    }

    /**
     * A column as wide as its header when there is room; never narrower than its values or the header's longest
     * word ({@code minWidth}): a narrow table wraps its headers between words (workbench.css).
     */
    private static TableColumn<Evaluation.BandRow, String> text(String title,
            java.util.function.Function<Evaluation.BandRow, String> f, double minWidth) {
        TableColumn<Evaluation.BandRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setSortable(false);
        c.setPrefWidth(24 + 8 * title.length());
        c.setMinWidth(minWidth);
        return c;
    }

    static <T> ReadOnlyObjectWrapper<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }
}
