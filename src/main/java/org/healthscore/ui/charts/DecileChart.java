package org.healthscore.ui.charts;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.healthscore.engine.Evaluation;

/** Churn rate per score decile (1 = lowest scores): a model that works falls from left to right. */
public final class DecileChart extends BarChart<String, Number> {
    public DecileChart() {
        super(new CategoryAxis(), new NumberAxis());
        setTitle("Churn rate per score decile (lift)");
        getXAxis().setLabel("Score decile (1 = lowest scores)");
        getYAxis().setLabel("Churned (%)");
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("workbench-chart");
    }

    public void show(List<Evaluation.DecileRow> deciles) {
        var series = new XYChart.Series<String, Number>();
        for (Evaluation.DecileRow d : deciles) {
            double rate = Double.isNaN(d.churnRate()) ? 0 : 100 * d.churnRate();
            var data = new XYChart.Data<String, Number>(Integer.toString(d.decile()), rate);
            String tip = String.format(Locale.ROOT, "Decile %d: %.1f %% churned of %,d accounts%nlift %.2f× the average",
                    d.decile(), rate, d.accounts(), d.lift());
            data.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            series.getData().add(data);
        }
        getData().setAll(List.of(series));
    }
}
