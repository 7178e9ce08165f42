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
        getYAxis().setLabel("Churn %");
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("workbench-chart");
    }

    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final java.util.Map<String, Tooltip> tips = new java.util.HashMap<>();

    /** Same bands as last time: the bars are updated in place (cheap while a slider moves). */
    public void show(List<Evaluation.BandRow> rows) {
        List<String> names = rows.stream().map(r -> r.band().name()).toList();
        List<String> shown = series.getData().stream().map(XYChart.Data::getXValue).toList();
        if (!names.equals(shown) || getData().isEmpty()) {
            series.getData().clear();
            tips.clear();
            for (Evaluation.BandRow r : rows) {
                var d = new XYChart.Data<String, Number>(r.band().name(), 0);
                Tooltip tip = new Tooltip();
                tips.put(r.band().name(), tip);
                d.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) {
                        Tooltip.install(node, tip);
                    }
                });
                series.getData().add(d);
            }
            getData().setAll(List.of(series));
        }
        StickyAxis.categories((CategoryAxis) getXAxis(), names);
        StickyAxis.fitPercent((NumberAxis) getYAxis(), rows.stream().mapToDouble(r -> Double.isNaN(r.churnRate()) ? 0
                : 100 * r.churnRate()).max().orElse(0));
        for (int i = 0; i < rows.size(); i++) {
            Evaluation.BandRow r = rows.get(i);
            double rate = Double.isNaN(r.churnRate()) ? 0 : 100 * r.churnRate();
            var d = series.getData().get(i);
            d.setYValue(rate);
            tips.get(r.band().name()).setText(String.format(Locale.ROOT, "%s (from %.0f): %.1f %% churned%n%,d accounts, "
                    + "%,d with an outcome, %,d churned%nARR %s, churned ARR %s", r.band().name(), r.band().lowerBound(),
                    rate, r.accounts(), r.known(), r.churned(), money(r.arr()), money(r.churnedArr())));
            String style = "-fx-bar-fill: " + r.band().color() + ";"; // band colors come from the model
            if (d.getNode() != null && !style.equals(d.getNode().getStyle())) {
                d.getNode().setStyle(style);
            } else if (d.getNode() == null) {
                d.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) {
                        node.setStyle(style);
                    }
                });
            }
        }
    }

    static String money(double v) {
        return v >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", v / 1e9) : v >= 1e6
                ? String.format(Locale.ROOT, "$%.1fM", v / 1e6) : String.format(Locale.ROOT, "$%,.0f", v);
    }
}
