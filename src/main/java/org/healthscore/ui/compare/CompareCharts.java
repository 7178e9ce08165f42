package org.healthscore.ui.compare;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.healthscore.engine.Evaluation;

/** Both score distributions on one chart, and both ROC curves on another, A in grey and B in blue. */
final class CompareCharts {
    private static final int ROC_POINTS = 200;
    final LineChart<Number, Number> distributions = new LineChart<>(new NumberAxis(0, 100, 10), new NumberAxis());
    final LineChart<Number, Number> roc = new LineChart<>(new NumberAxis(0, 1, 0.2), new NumberAxis(0, 1, 0.2));

    CompareCharts() {
        distributions.setId("compare-distributions");
        distributions.setTitle("Score distributions");
        distributions.getXAxis().setLabel("Health score");
        distributions.getYAxis().setLabel("% of accounts");
        roc.setId("compare-roc");
        roc.setTitle("ROC curves");
        roc.getXAxis().setLabel("Share of retained flagged");
        roc.getYAxis().setLabel("Caught");
        for (LineChart<Number, Number> c : List.of(distributions, roc)) {
            c.setAnimated(false);
            c.setCreateSymbols(false);
            c.getStyleClass().addAll("workbench-chart", "compare-chart");
            c.setMinHeight(220);
        }
    }

    void show(Evaluation a, Evaluation b, String nameA, String nameB) {
        distributions.getData().setAll(List.of(distribution(a, "A: " + nameA), distribution(b, "B: " + nameB)));
        var chance = new XYChart.Series<Number, Number>();
        chance.setName("Chance");
        chance.getData().add(new XYChart.Data<>(0, 0));
        chance.getData().add(new XYChart.Data<>(1, 1));
        roc.getData().setAll(List.of(curve(a, "A: " + nameA), curve(b, "B: " + nameB), chance));
    }

    /** Each bin's share of the scored accounts, at the bin's middle. */
    private static XYChart.Series<Number, Number> distribution(Evaluation e, String name) {
        var s = new XYChart.Series<Number, Number>();
        s.setName(name);
        Evaluation.Histogram h = e.histogram();
        double total = 0;
        for (int b = 0; b < h.bins(); b++) {
            total += h.total(b);
        }
        for (int b = 0; b < h.bins(); b++) {
            s.getData().add(new XYChart.Data<>((b + 0.5) * h.binWidth(), total > 0 ? 100 * h.total(b) / total : 0));
        }
        return s;
    }

    private static XYChart.Series<Number, Number> curve(Evaluation e, String name) {
        var s = new XYChart.Series<Number, Number>();
        s.setName(String.format(java.util.Locale.ROOT, "%s (AUC %.3f)", name, e.auc()));
        double[] x = e.roc().falsePositiveRate();
        double[] y = e.roc().truePositiveRate();
        for (int i = 0; i < ROC_POINTS && x.length > 0; i++) {
            int at = (int) Math.round((double) i * (x.length - 1) / (ROC_POINTS - 1));
            s.getData().add(new XYChart.Data<>(x[at], y[at]));
        }
        return s;
    }
}
