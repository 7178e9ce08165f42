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
        getYAxis().setLabel("Churn %");
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("workbench-chart");
    }

    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final List<Tooltip> tips = new java.util.ArrayList<>();

    /** Ten bars, built once and then updated in place. */
    public void show(List<Evaluation.DecileRow> deciles) {
        if (series.getData().size() != deciles.size()) {
            series.getData().clear();
            tips.clear();
            for (Evaluation.DecileRow d : deciles) {
                var data = new XYChart.Data<String, Number>(Integer.toString(d.decile()), 0);
                Tooltip tip = new Tooltip();
                tips.add(tip);
                data.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) {
                        Tooltip.install(node, tip);
                    }
                });
                series.getData().add(data);
            }
            getData().setAll(List.of(series));
        }
        StickyAxis.categories((CategoryAxis) getXAxis(), deciles.stream().map(d -> Integer.toString(d.decile())).toList());
        StickyAxis.fitPercent((NumberAxis) getYAxis(), deciles.stream().mapToDouble(d -> Double.isNaN(d.churnRate()) ? 0
                : 100 * d.churnRate()).max().orElse(0));
        for (int i = 0; i < deciles.size(); i++) {
            Evaluation.DecileRow d = deciles.get(i);
            double rate = Double.isNaN(d.churnRate()) ? 0 : 100 * d.churnRate();
            series.getData().get(i).setYValue(rate);
            tips.get(i).setText(String.format(Locale.ROOT, "Decile %d: %.1f %% churned of %,d accounts%nlift %.2f× the "
                    + "average", d.decile(), rate, d.accounts(), d.lift()));
        }
    }
}
