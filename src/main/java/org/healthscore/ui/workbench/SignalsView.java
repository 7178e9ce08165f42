package org.healthscore.ui.workbench;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.LeadingSignals;
import org.healthscore.model.HealthModel;

/** What dropped first: one small chart per metric, churned vs retained accounts' average points before the outcome. */
public final class SignalsView extends VBox {
    private static final int MONTHS = 12;
    private final WorkbenchViewModel vm;
    /** Two charts a row, sharing the tab's width. */
    private final GridPane charts = new GridPane();
    private static final String NOTE = "Average points per metric, month by month before each account's outcome: "
            + "the signals that fall first for churners are the ones that warn.";
    private final Label note = new Label(NOTE);
    private final TabFollow follow;

    public SignalsView(WorkbenchViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(12));
        note.setWrapText(true);
        note.setId("signals-note");
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
        getChildren().addAll(note, scroll);
        follow = new TabFollow(vm, this::refresh);
    }

    public void setActive(boolean now) {
        follow.setActive(now);
    }

    private void refresh() {
        TabFollow.Key key = follow.pending();
        if (key == null) {
            return;
        }
        HealthModel model = key.model();
        String needs = key.workspace().coverage().signalsNeeds();
        if (needs != null) {
            follow.computed(key);
            charts.getChildren().clear();
            note.setText(needs);
            return;
        }
        note.setText(NOTE);
        vm.onWorkspace(w -> LeadingSignals.compute(key.workspace().dataset(), model, MONTHS, Cancel.NEVER))
                .whenComplete((curves, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        note.setText("Could not compute: " + ModelFileCommands.cause(error).getMessage());
                        return;
                    }
                    follow.computed(key);
                    charts.getChildren().clear();
                    for (int i = 0; i < curves.size(); i++) {
                        charts.add(chart(curves.get(i)), i % 2, i / 2);
                    }
                }));
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
