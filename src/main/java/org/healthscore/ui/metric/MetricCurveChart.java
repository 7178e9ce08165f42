package org.healthscore.ui.metric;

import java.util.List;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.healthscore.model.Metric;

/**
 * The metric's raw values' spread (a grey histogram, scaled to the 0–10 axis) under its normalization curve. An
 * area chart so the spread reads as bars, not as a line that spikes between whole-number values; the curve's
 * own area is left unfilled (workbench.css).
 */
final class MetricCurveChart extends AreaChart<Number, Number> {
    /** Points at which the curve is drawn: fine enough to show a threshold's step where it is. */
    private static final int CURVE_POINTS = 120;

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
        double step = (profile.hi() - profile.lo()) / MetricProfile.BINS;
        for (int b = 0; b < MetricProfile.BINS; b++) {
            double height = 10.0 * profile.counts()[b] / Math.max(1, max);
            // each bin as a flat step from its left edge to its right edge
            spread.getData().add(new XYChart.Data<>(profile.lo() + b * step, height));
            spread.getData().add(new XYChart.Data<>(profile.lo() + (b + 1) * step, height));
        }
        var curve = new XYChart.Series<Number, Number>();
        curve.setName("Points");
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double x = profile.lo() + (profile.hi() - profile.lo()) * i / CURVE_POINTS;
            double pts = metric.normalization().points(x, metric.direction());
            curve.getData().add(new XYChart.Data<>(x, Double.isNaN(pts) ? 0 : pts));
        }
        getData().setAll(List.of(spread, curve));
    }
}
