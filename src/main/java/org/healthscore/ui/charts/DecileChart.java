package org.healthscore.ui.charts;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import org.healthscore.engine.Evaluation;

/** Churn rate per score decile (1 = lowest scores): a model that works falls from left to right. */
public final class DecileChart extends BarChart<String, Number> {
    public DecileChart() {
        super(new CategoryAxis(), new NumberAxis());
        setTitle("Churn per decile (lift)"); // short: it stays whole when the metric editor narrows the chart
        getXAxis().setLabel("Score decile (1 = lowest scores)");
        getYAxis().setLabel("Churn %");
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("workbench-chart");
    }

    private final BarSlots bars = new BarSlots();

    /** The tooltip of decile {@code i + 1}'s bar, as it would show now. */
    public String tooltipOf(int i) {
        return bars.tooltipOf(i);
    }

    /** Ten bars, built once and then updated in place. */
    public void show(List<Evaluation.DecileRow> deciles) {
        List<String> names = deciles.stream().map(d -> Integer.toString(d.decile())).toList();
        bars.categories(this, names);
        StickyAxis.categories((CategoryAxis) getXAxis(), names);
        StickyAxis.fitPercent((NumberAxis) getYAxis(), deciles.stream().mapToDouble(d -> Double.isNaN(d.churnRate()) ? 0
                : 100 * d.churnRate()).max().orElse(0));
        for (int i = 0; i < deciles.size(); i++) {
            Evaluation.DecileRow d = deciles.get(i);
            double rate = Double.isNaN(d.churnRate()) ? 0 : 100 * d.churnRate();
            bars.set(i, rate, () -> String.format(Locale.ROOT, "Decile %d: %.1f %% churned of %,d accounts%nlift %.2f× the "
                    + "average", d.decile(), rate, d.accounts(), d.lift()));
        }
    }
}
