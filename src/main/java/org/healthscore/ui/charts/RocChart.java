package org.healthscore.ui.charts;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.healthscore.engine.Evaluation;

/** ROC curve with the chance diagonal; the title carries the AUC (binned while a slider moves). */
public final class RocChart extends LineChart<Number, Number> {
    public RocChart() {
        super(new NumberAxis(0, 1, 0.2), new NumberAxis(0, 1, 0.2));
        getXAxis().setLabel("Share of retained flagged (false positives)");
        getYAxis().setLabel("Caught");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        setTitle("ROC curve");
        getStyleClass().addAll("workbench-chart", "roc-chart");
    }

    /** Points on the drawn curve: a fixed count, so a new result moves the same points instead of new ones. */
    private static final int POINTS = 200;
    private final XYChart.Series<Number, Number> curve = new XYChart.Series<>();

    public void show(Evaluation e) {
        if (getData().isEmpty()) {
            curve.setName("Model");
            for (int i = 0; i < POINTS; i++) {
                curve.getData().add(new XYChart.Data<>(0, 0));
            }
            var chance = new XYChart.Series<Number, Number>();
            chance.setName("Chance");
            chance.getData().add(new XYChart.Data<>(0, 0));
            chance.getData().add(new XYChart.Data<>(1, 1));
            getData().setAll(List.of(curve, chance));
        }
        double[] x = e.roc().falsePositiveRate();
        double[] y = e.roc().truePositiveRate();
        for (int i = 0; i < POINTS; i++) {
            int at = x.length == 0 ? -1 : (int) Math.round((double) i * (x.length - 1) / (POINTS - 1));
            var d = curve.getData().get(i);
            d.setXValue(at < 0 ? 0 : x[at]);
            d.setYValue(at < 0 ? 0 : y[at]);
        }
        setTitle(Double.isNaN(e.auc()) ? "ROC curve (needs churned and retained accounts)"
                : String.format(Locale.ROOT, "ROC curve — AUC %.3f%s", e.auc(), e.exact() ? ""
                : String.format(Locale.ROOT, " ± %.4f", e.aucErrorBound()))); // binned while dragging
    }
}
