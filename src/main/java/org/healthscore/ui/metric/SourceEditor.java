package org.healthscore.ui.metric;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.healthscore.model.MetricSource;

/**
 * Where a metric reads its value: one column, a ratio of two columns (e.g. active users / licensed seats), or a
 * column's change over a number of days (a trend). Every complete choice is handed to {@code onChange}.
 */
final class SourceEditor extends VBox {
    static final String COLUMN = "Column";
    static final String RATIO = "Ratio of two columns";
    static final String TREND = "Change over days (trend)";

    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final Label over = new Label("÷");
    private final Spinner<Integer> days = new Spinner<>(1, 3650, 90, 30);
    private final HBox secondRow;
    private final Consumer<MetricSource> onChange;
    private boolean updating;

    SourceEditor(java.util.function.Supplier<List<String>> columns, Consumer<MetricSource> onChange) {
        super(4);
        this.onChange = onChange;
        kind.setId("source-kind");
        first.setId("metric-column");
        second.setId("source-denominator");
        days.setId("trend-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        kind.getItems().setAll(COLUMN, RATIO, TREND);
        for (ComboBox<String> c : List.of(first, second)) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setOnShowing(e -> c.getItems().setAll(columns.get()));
            c.valueProperty().addListener((o, a, b) -> changed());
        }
        kind.valueProperty().addListener((o, a, b) -> {
            layoutFor(b);
            changed();
        });
        days.valueProperty().addListener((o, a, b) -> changed());
        secondRow = new HBox(6, over, second, days);
        secondRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(second, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(kind, first, secondRow);
    }

    void show(MetricSource source) {
        updating = true;
        try {
            if (source instanceof MetricSource.Ratio r) {
                kind.setValue(RATIO);
                first.setValue(r.numerator());
                second.setValue(r.denominator());
            } else if (source instanceof MetricSource.Trend t) {
                kind.setValue(TREND);
                first.setValue(t.column());
                days.getValueFactory().setValue(t.days());
            } else {
                kind.setValue(COLUMN);
                first.setValue(((MetricSource.Column) source).column());
            }
            layoutFor(kind.getValue());
        } finally {
            updating = false;
        }
    }

    private void layoutFor(String chosen) {
        boolean ratio = RATIO.equals(chosen);
        boolean trend = TREND.equals(chosen);
        over.setText(ratio ? "÷" : "over");
        second.setVisible(ratio);
        second.setManaged(ratio);
        days.setVisible(trend);
        days.setManaged(trend);
        secondRow.setVisible(ratio || trend);
        secondRow.setManaged(ratio || trend);
    }

    /** The source the controls describe, once complete (a ratio needs both columns). */
    private void changed() {
        if (updating || first.getValue() == null) {
            return;
        }
        MetricSource source = switch (kind.getValue()) {
            case RATIO -> second.getValue() == null ? null : new MetricSource.Ratio(first.getValue(), second.getValue());
            case TREND -> new MetricSource.Trend(first.getValue(), days.getValue());
            default -> new MetricSource.Column(first.getValue());
        };
        if (source != null) {
            onChange.accept(source);
        }
    }
}
