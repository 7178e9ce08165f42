package org.healthscore.ui.drift;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.engine.drift.Psi;
import org.healthscore.ui.common.SegmentChoice;
import org.healthscore.ui.common.TaskBar;

/**
 * The Drift tab: has the customer base moved since the model was made? The score's and each metric's PSI between
 * two dates with the usual reading, and the two distributions of the row chosen (the score first).
 */
public final class DriftView extends VBox {
    /** A table row: the score or a metric, its weight, its PSI. */
    private record Row(String what, String weight, Psi psi) {
    }

    private final DriftViewModel vm;
    private final TableView<Row> table = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public DriftView(DriftViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(12));
        DatePicker from = new DatePicker();
        from.setId("drift-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("drift-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        HBox bar = new HBox(8, new Label("From"), from, new Label("to"), to, new Label("Accounts:"),
                SegmentChoice.of("drift-segment", vm.segmentValues(), vm.segmentProperty()));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("drift-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("compare-verdict");
        summary.textProperty().bind(vm.summaryProperty());
        Label reading = new Label("PSI below 0.1: stable · 0.1 to 0.25: some shift · above 0.25: shifted. Customers "
                + "at a date: scored then, not churned before it.");
        reading.getStyleClass().add("tile-caption");
        reading.setWrapText(true);
        table.setId("drift-table");
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("What", Row::what);
        column("Weight", Row::weight);
        column("PSI and reading", r -> DriftViewModel.reading(r.psi()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> showBins(row));
        chart.setId("drift-chart");
        chart.setAnimated(false);
        chart.setTitle("Then and now");
        chart.getYAxis().setLabel("% of customers");
        chart.getStyleClass().addAll("workbench-chart", "compare-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(bar, new TaskBar(vm.task(), vm::cancel, "drift"), summary, reading, table, chart);
        vm.shownProperty().subscribe(this::show);
    }

    public void setActive(boolean now) {
        vm.setActive(now);
    }

    private void column(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        table.getColumns().add(c);
    }

    private void show(DriftCheck d) {
        List<Row> rows = new ArrayList<>();
        if (d != null) {
            rows.add(new Row("Score", "", d.score()));
            for (DriftCheck.MetricDrift m : d.metrics()) {
                rows.add(new Row(m.metric().label(), String.format(java.util.Locale.ROOT, "%.0f %%", m.weightPercent()),
                        m.psi()));
            }
        }
        table.getItems().setAll(rows);
        if (!rows.isEmpty()) {
            table.getSelectionModel().select(0);
        } else {
            chart.getData().clear();
        }
    }

    private void showBins(Row row) {
        DriftCheck d = vm.shownProperty().get();
        if (row == null || d == null) {
            chart.getData().clear();
            return;
        }
        var then = new XYChart.Series<String, Number>();
        then.setName(java.time.LocalDate.ofEpochDay(d.fromDay()).toString());
        var now = new XYChart.Series<String, Number>();
        now.setName(java.time.LocalDate.ofEpochDay(d.toDay()).toString());
        for (Psi.Bin b : row.psi().bins()) {
            then.getData().add(new XYChart.Data<>(b.label(), 100 * b.from()));
            now.getData().add(new XYChart.Data<>(b.label(), 100 * b.to()));
        }
        chart.setTitle(row.what() + ": then and now (" + DriftViewModel.reading(row.psi()) + ")");
        chart.getXAxis().setLabel(row.what().equals("Score") ? "Score (deciles of " + then.getName() + ")"
                : "Value (deciles of " + then.getName() + ", or categories)");
        chart.getData().setAll(List.of(then, now));
    }
}
