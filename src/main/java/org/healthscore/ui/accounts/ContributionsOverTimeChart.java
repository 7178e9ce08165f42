package org.healthscore.ui.accounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.healthscore.engine.ScoreHistory;
import org.healthscore.model.Metric;

/**
 * Each metric's points in the account's score over time, stacked: the top edge is the score, so the user sees
 * which metric made it rise or fall. A metric left out on a day (no value, re-weighted) contributes nothing.
 */
final class ContributionsOverTimeChart extends StackedAreaChart<Number, Number> {
    ContributionsOverTimeChart() {
        super(EpochDayAxis.create(), new NumberAxis()); // auto range: a low score's layers stay readable
        setId("contributions-history");
        setTitle("Contributions over time (points of 100)");
        setAnimated(false);
        setCreateSymbols(false);
        setPrefHeight(280);
        setMinHeight(240);
        setLegendSide(javafx.geometry.Side.BOTTOM);
        getYAxis().setLabel("Points");
    }

    void show(ScoreHistory.Series s, List<Metric> metrics) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (int j = 0; j < metrics.size() && j < s.contributions().length; j++) {
            var series = new XYChart.Series<Number, Number>();
            series.setName(metrics.get(j).label());
            double[] c = s.contributions()[j];
            for (int t = 0; t < s.days().length; t++) {
                series.getData().add(new XYChart.Data<>(s.days()[t], Double.isNaN(c[t]) ? 0.0 : c[t]));
            }
            all.add(series);
        }
        getData().setAll(all);
        for (var series : all) {
            // a tooltip on each area names the metric and its latest points
            var data = series.getData();
            double latest = data.isEmpty() ? 0 : data.get(data.size() - 1).getYValue().doubleValue();
            String day = data.isEmpty() ? "" : LocalDate.ofEpochDay(data.get(data.size() - 1).getXValue().longValue())
                    .toString();
            Tooltip.install(series.getNode(), new Tooltip(String.format(Locale.ROOT, "%s: %.1f points on %s",
                    series.getName(), latest, day)));
        }
    }
}
