package org.healthscore.ui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.model.HealthModel;

/**
 * "Would it have warned us in time?": AUC and the share of churners flagged (two lowest bands) when each account
 * is scored 30, 60, 90 and 180 days before its outcome, side by side. Recomputed for the model on screen.
 */
public final class BacktestView extends VBox {
    static final int[] LEADS = {30, 60, 90, 180};
    private final WorkbenchViewModel vm;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    private final Label summary = new Label();
    private boolean active;
    private HealthModel computedFor;

    public BacktestView(WorkbenchViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(12));
        chart.setId("backtest-chart");
        chart.setTitle("Scored before the outcome: how well would the model have warned?");
        chart.getXAxis().setLabel("Days before the outcome");
        chart.getYAxis().setLabel("%");
        chart.setAnimated(false);
        summary.setId("backtest-summary");
        summary.setWrapText(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(summary, chart);
        vm.resultProperty().addListener((o, a, r) -> {
            if (active && r != null && r.options().exact()) {
                refresh();
            }
        });
    }

    public void setActive(boolean now) {
        active = now;
        if (now) {
            refresh();
        }
    }

    private void refresh() {
        HealthModel model = vm.modelProperty().get();
        if (model == null || model.metrics().isEmpty() || model.equals(computedFor)) {
            return;
        }
        summary.setText("Scoring every account with an outcome as of 30, 60, 90 and 180 days before it…");
        vm.onWorkspace(w -> Backtest.run(w.dataset(), model, LEADS, Cancel.NEVER))
                .whenComplete((results, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        summary.setText("Backtest failed: " + ModelFileCommands.cause(error).getMessage());
                        return;
                    }
                    computedFor = model;
                    show(results);
                }));
    }

    private void show(List<Backtest.Result> results) {
        var auc = new XYChart.Series<String, Number>();
        auc.setName("AUC × 100");
        var flagged = new XYChart.Series<String, Number>();
        flagged.setName("Churners in the two lowest bands (%)");
        var flaggedArr = new XYChart.Series<String, Number>();
        flaggedArr.setName("Churned ARR in the two lowest bands (%)");
        StringBuilder text = new StringBuilder();
        for (Backtest.Result r : results) {
            String lead = r.leadDays() + " days";
            auc.getData().add(new XYChart.Data<>(lead, finite(100 * r.auc())));
            flagged.getData().add(new XYChart.Data<>(lead, finite(100 * r.capturedChurned())));
            flaggedArr.getData().add(new XYChart.Data<>(lead, finite(100 * r.capturedChurnedArr())));
            text.append(String.format(Locale.ROOT, "%d days ahead: AUC %.3f, %.0f %% of %,d churners flagged.   ",
                    r.leadDays(), r.auc(), 100 * r.capturedChurned(), r.churned()));
        }
        chart.getData().setAll(List.of(auc, flagged, flaggedArr));
        summary.setText(text.toString().trim());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
