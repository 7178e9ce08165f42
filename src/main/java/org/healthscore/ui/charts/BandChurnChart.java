package org.healthscore.ui.charts;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.healthscore.engine.Evaluation;

/** Churn rate per band, each bar in its band's color; the tooltip adds accounts and ARR. */
public final class BandChurnChart extends BarChart<String, Number> {
    public BandChurnChart() {
        super(new CategoryAxis(), new NumberAxis());
        setTitle("Churn rate per band");
        getXAxis().setLabel("Band");
        getYAxis().setLabel("Churned %");
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("workbench-chart");
    }

    public void show(List<Evaluation.BandRow> rows) {
        var series = new XYChart.Series<String, Number>();
        for (Evaluation.BandRow r : rows) {
            double rate = Double.isNaN(r.churnRate()) ? 0 : 100 * r.churnRate();
            var d = new XYChart.Data<String, Number>(r.band().name(), rate);
            String tip = String.format(Locale.ROOT, "%s (from %.0f): %.1f %% churned%n%,d accounts, %,d with an outcome,"
                    + " %,d churned%nARR %s, churned ARR %s", r.band().name(), r.band().lowerBound(), rate, r.accounts(),
                    r.known(), r.churned(), money(r.arr()), money(r.churnedArr()));
            String color = r.band().color();
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + color + ";"); // band colors come from the model
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            series.getData().add(d);
        }
        getData().setAll(List.of(series));
    }

    static String money(double v) {
        return v >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", v / 1e9) : v >= 1e6
                ? String.format(Locale.ROOT, "$%.1fM", v / 1e6) : String.format(Locale.ROOT, "$%,.0f", v);
    }
}
