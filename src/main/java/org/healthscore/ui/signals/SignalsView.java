package org.healthscore.ui.signals;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.healthscore.engine.LeadingSignals;
import org.healthscore.ui.common.TaskBar;

/** What dropped first: one small chart per metric, churned vs retained accounts' average points before the outcome. */
public final class SignalsView extends VBox {
    private static final int MONTHS = SignalsViewModel.MONTHS;
    private final SignalsViewModel vm;
    /** Two charts a row, sharing the tab's width. */
    private final GridPane charts = new GridPane();
    private final Label note = new Label();

    public SignalsView(SignalsViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(12));
        note.setWrapText(true);
        note.setId("signals-note");
        note.textProperty().bind(vm.noteProperty());
        charts.setId("signal-charts");
        charts.setHgap(10);
        charts.setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            charts.getColumnConstraints().add(half);
        }
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        getChildren().addAll(note, new TaskBar(vm.task(), vm::cancel, "signals"), scroll);
        vm.curvesProperty().subscribe(curves -> {
            charts.getChildren().clear();
            for (int i = 0; i < curves.size(); i++) {
                charts.add(chart(curves.get(i)), i % 2, i / 2);
            }
        });
    }

    public void setActive(boolean now) {
        vm.setActive(now);
    }

    private static LineChart<Number, Number> chart(LeadingSignals.Curve c) {
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(-MONTHS, 0, 3), new NumberAxis(0, 10, 2));
        chart.setTitle(c.metric().label());
        chart.getXAxis().setLabel("Months before the outcome");
        chart.getYAxis().setLabel("Average points");
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setMinWidth(0);
        chart.getStyleClass().add("signal-chart"); // churned red, renewed blue (workbench.css)
        chart.setId("signal-" + c.metric().key());
        var churned = new XYChart.Series<Number, Number>();
        churned.setName("Churned");
        var retained = new XYChart.Series<Number, Number>();
        retained.setName("Renewed / expanded");
        for (int m = MONTHS; m >= 0; m--) {
            if (!Double.isNaN(c.churned()[m])) {
                churned.getData().add(new XYChart.Data<>(-m, c.churned()[m]));
            }
            if (!Double.isNaN(c.retained()[m])) {
                retained.getData().add(new XYChart.Data<>(-m, c.retained()[m]));
            }
        }
        chart.getData().setAll(List.of(churned, retained));
        return chart;
    }
}
