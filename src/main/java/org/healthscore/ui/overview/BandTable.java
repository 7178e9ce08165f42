package org.healthscore.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.healthscore.engine.Evaluation;
import org.healthscore.ui.common.Formats;

/** Accounts, churn and ARR per band. */
public final class BandTable extends TableView<BandTable.ShownBand> {
    /** A column: its header, the width under which it wraps its header, and what a band shows in it. */
    private record Column(String title, double minWidth, Function<Evaluation.BandRow, String> text) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Band", 70, r -> r.band().name()),
            new Column("From score", 40, r -> String.format(Locale.ROOT, "%.0f", r.band().lowerBound())),
            new Column("Accounts", 94, r -> Formats.count(r.accounts())),
            new Column("Share", 60, r -> Formats.percent(r.share())),
            new Column("With outcome", 70, r -> Formats.count(r.known())),
            new Column("Churned", 88, r -> Formats.count(r.churned())),
            new Column("Churn rate", 60, r -> Formats.percent(r.churnRate())),
            new Column("ARR", 70, r -> Formats.money(r.arr())),
            new Column("Churned ARR", 70, r -> Formats.money(r.churnedArr())));

    /** The same band after the CSM overrides: shown only while some hold. */
    private static final List<Column> AFTER = List.of(
            new Column("Accounts after CSM overrides", 94, r -> Formats.count(r.accounts())),
            new Column("Share after", 60, r -> Formats.percent(r.share())),
            new Column("Churn rate after", 60, r -> Formats.percent(r.churnRate())));

    /**
     * A band's row as shown, its texts changed in place: replacing the rows at each update (four times a second
     * during a drag) re-made every cell, and those were a drag's heaviest frames (docs/PERFORMANCE.md).
     */
    public static final class ShownBand {
        private final List<StringProperty> texts = new ArrayList<>();

        ShownBand() {
            COLUMNS.forEach(c -> texts.add(new SimpleStringProperty("")));
            AFTER.forEach(c -> texts.add(new SimpleStringProperty("")));
        }

        /** @param row null: not known for the figures on screen yet (they are being recomputed) */
        void showAfter(Evaluation.BandRow row) {
            for (int i = 0; i < AFTER.size(); i++) {
                texts.get(COLUMNS.size() + i).set(row == null ? "\u2026" : AFTER.get(i).text().apply(row));
            }
        }

        void show(Evaluation.BandRow row) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                texts.get(i).set(COLUMNS.get(i).text().apply(row)); // an unchanged text notifies no cell
            }
        }
    }

    public BandTable() {
        setId("band-table");
        for (int i = 0; i < COLUMNS.size(); i++) {
            getColumns().add(column(COLUMNS.get(i), i));
        }
        for (int i = 0; i < AFTER.size(); i++) {
            TableColumn<ShownBand, String> c = column(AFTER.get(i), COLUMNS.size() + i);
            c.setVisible(false);
            c.getStyleClass().add("after-overrides");
            getColumns().add(c);
        }
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setFixedCellSize(28);
        setPrefHeight(28 * 5 + 34);
        setMinHeight(28 * 5 + 34);
    }

    public void show(Evaluation e) {
        show(e.bandRows());
    }

    /** Without ARR in the data the two ARR columns are hidden rather than filled with "$0k". */
    public void setArrKnown(boolean known) {
        getColumns().stream().filter(c -> c.getText().contains("ARR")).forEach(c -> c.setVisible(known));
    }

    /**
     * The bands after the CSM overrides beside the model's (null rows: no override holds, the columns are hidden;
     * stale: shown as … until the figures on screen have theirs).
     */
    public void showAfter(List<Evaluation.BandRow> rows, boolean stale) {
        boolean on = rows != null;
        getColumns().stream().filter(c -> c.getStyleClass().contains("after-overrides")).forEach(c -> c.setVisible(on));
        for (int i = 0; on && i < getItems().size(); i++) {
            getItems().get(i).showAfter(stale || i >= rows.size() ? null : rows.get(i));
        }
    }

    /** These bands, best first: the rows shown are kept while the number of bands stays. */
    public void show(List<Evaluation.BandRow> rows) {
        if (getItems().size() != rows.size()) {
            List<ShownBand> fresh = new ArrayList<>();
            rows.forEach(r -> fresh.add(new ShownBand()));
            getItems().setAll(fresh);
        }
        for (int i = 0; i < rows.size(); i++) {
            getItems().get(i).show(rows.get(i));
        }
    }

    /**
     * A column as wide as its header when there is room; never narrower than its values or the header's longest
     * word ({@code minWidth}): a narrow table wraps its headers between words (workbench.css).
     */
    private static TableColumn<ShownBand, String> column(Column column, int index) {
        TableColumn<ShownBand, String> c = new TableColumn<>(column.title());
        c.setCellValueFactory(cd -> cd.getValue().texts.get(index));
        c.setSortable(false);
        c.setPrefWidth(24 + 8 * column.title().length());
        c.setMinWidth(column.minWidth());
        return c;
    }

    static <T> ReadOnlyObjectWrapper<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }
}
