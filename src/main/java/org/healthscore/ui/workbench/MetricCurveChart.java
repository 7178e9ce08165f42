package org.healthscore.ui.workbench;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.healthscore.model.Metric;

/** The metric's raw values' spread (scaled to the 0–10 axis) under its normalization curve. */
final class MetricCurveChart extends LineChart<Number, Number> {
    MetricCurveChart() {
        super(new NumberAxis(), new NumberAxis(0, 10, 2));
        setId("metric-curve");
        setAnimated(false);
        setCreateSymbols(false);
        setPrefHeight(200);
        setMinHeight(160);
        setTitle("Raw values and points");
        getYAxis().setLabel("Points");
    }

    /** Draws {@code metric}'s curve over the profile's spread; clears for categories or another metric. */
    void draw(Metric metric, MetricProfile profile) {
        boolean drawable = metric != null && profile != null && profile.key().equals(metric.key())
                && !profile.categorical();
        setVisible(drawable);
        setManaged(drawable);
        if (!drawable) {
            getData().clear();
            return;
        }
        int max = java.util.Arrays.stream(profile.counts()).max().orElse(1);
        var spread = new XYChart.Series<Number, Number>();
        spread.setName("Accounts (relative)");
        var curve = new XYChart.Series<Number, Number>();
        curve.setName("Points");
        double step = (profile.hi() - profile.lo()) / MetricProfile.BINS;
        for (int b = 0; b < MetricProfile.BINS; b++) {
            double x = profile.lo() + (b + 0.5) * step;
            spread.getData().add(new XYChart.Data<>(x, 10.0 * profile.counts()[b] / Math.max(1, max)));
            double pts = metric.normalization().points(x, metric.direction());
            curve.getData().add(new XYChart.Data<>(x, Double.isNaN(pts) ? 0 : pts));
        }
        getData().setAll(List.of(spread, curve));
    }
}
