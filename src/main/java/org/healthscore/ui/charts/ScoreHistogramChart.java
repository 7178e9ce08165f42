package org.healthscore.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.healthscore.engine.Evaluation;
import org.healthscore.model.Band;

/**
 * Score distribution: one stacked bar per score bin, retained / open / churned accounts stacked, each bar in
 * its band's color (churned accounts in a dark shade of it, so they stand out).
 */
public final class ScoreHistogramChart extends StackedBarChart<String, Number> {
    public static final String CHURNED = "Churned";
    public static final String RETAINED = "Retained";
    public static final String OPEN = "Open (no outcome yet)";

    public ScoreHistogramChart() {
        super(new CategoryAxis(), new NumberAxis());
        setTitle("Score distribution");
        getXAxis().setLabel("Health score");
        getYAxis().setLabel("Accounts");
        setAnimated(false);
        setCategoryGap(2);
        getStyleClass().add("score-histogram");
    }

    public void show(Evaluation.Histogram h, List<Band> bands) {
        var retained = new XYChart.Series<String, Number>();
        retained.setName(RETAINED);
        var open = new XYChart.Series<String, Number>();
        open.setName(OPEN);
        var churned = new XYChart.Series<String, Number>();
        churned.setName(CHURNED);
        List<String> categories = new ArrayList<>();
        for (int b = 0; b < h.bins(); b++) {
            String label = String.format(Locale.ROOT, "%.0f", b * h.binWidth());
            categories.add(label);
            retained.getData().add(bar(label, h.retained()[b], bands, h.band()[b], Shade.RETAINED, h, b));
            open.getData().add(bar(label, h.unknown()[b], bands, h.band()[b], Shade.OPEN, h, b));
            churned.getData().add(bar(label, h.churned()[b], bands, h.band()[b], Shade.CHURNED, h, b));
        }
        ((CategoryAxis) getXAxis()).getCategories().setAll(categories);
        getData().setAll(List.of(retained, open, churned));
    }

    /** How a stack segment derives from its band's color: churned darkest, open lightest. */
    private enum Shade {
        RETAINED("%s"), OPEN("derive(%s, 45%%)"), CHURNED("derive(%s, -50%%)");

        private final String css;

        Shade(String css) {
            this.css = css;
        }
    }

    private static XYChart.Data<String, Number> bar(String label, int count, List<Band> bands, int band,
                                                    Shade shade, Evaluation.Histogram h, int bin) {
        var data = new XYChart.Data<String, Number>(label, count);
        String color = band >= 0 && band < bands.size() ? bands.get(band).color() : "#888888";
        String tip = String.format(Locale.ROOT, "Score %.0f–%.0f (%s)%n%,d accounts: %,d retained, %,d churned, %,d open",
                bin * h.binWidth(), (bin + 1) * h.binWidth(), band >= 0 ? bands.get(band).name() : "?",
                h.total(bin), h.retained()[bin], h.churned()[bin], h.unknown()[bin]);
        String fill = String.format(Locale.ROOT, shade.css, color);
        data.nodeProperty().addListener((obs, old, node) -> style(node, fill, tip));
        return data;
    }

    private static void style(Node node, String fill, String tip) {
        if (node == null) {
            return;
        }
        // band colors come from the model, so they cannot live in the stylesheet
        node.setStyle("-fx-bar-fill: " + fill + ";");
        Tooltip.install(node, new Tooltip(tip));
    }
}
