package org.healthscore.ui.charts;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
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

    private final BarSlots bars = new BarSlots();

    /** Same bands as last time: the bars are updated in place (cheap while a slider moves). */
    public void show(List<Evaluation.BandRow> rows) {
        List<String> names = rows.stream().map(r -> r.band().name()).toList();
        bars.categories(this, names);
        StickyAxis.categories((CategoryAxis) getXAxis(), names);
        StickyAxis.fitPercent((NumberAxis) getYAxis(), rows.stream().mapToDouble(r -> Double.isNaN(r.churnRate()) ? 0
                : 100 * r.churnRate()).max().orElse(0));
        for (int i = 0; i < rows.size(); i++) {
            Evaluation.BandRow r = rows.get(i);
            double rate = Double.isNaN(r.churnRate()) ? 0 : 100 * r.churnRate();
            bars.set(i, rate, () -> String.format(Locale.ROOT, "%s (from %.0f): %.1f %% churned%n%,d accounts, "
                    + "%,d with an outcome, %,d churned%nARR %s, churned ARR %s", r.band().name(), r.band().lowerBound(),
                    rate, r.accounts(), r.known(), r.churned(), money(r.arr()), money(r.churnedArr())));
            bars.fill(i, r.band().color()); // band colors come from the model
        }
    }

    /** The tooltip of the bar of the {@code i}th band (best first), as it would show now. */
    public String tooltipOf(int i) {
        return bars.tooltipOf(i);
    }

    static String money(double v) {
        return v >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", v / 1e9) : v >= 1e6
                ? String.format(Locale.ROOT, "$%.1fM", v / 1e6) : String.format(Locale.ROOT, "$%,.0f", v);
    }
}
