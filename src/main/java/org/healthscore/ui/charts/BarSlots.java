package org.healthscore.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * One bar per category, built once and then updated in place: a new result changes the bars' heights, tooltips
 * and fills, never the nodes (new nodes every frame of a drag would keep the FX thread busy).
 */
final class BarSlots {
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final List<LazyTooltip> tips = new ArrayList<>();
    private final List<String> fills = new ArrayList<>();

    /** Shows these categories, rebuilding the bars only when they differ from the ones shown. */
    void categories(BarChart<String, Number> chart, List<String> categories) {
        List<String> shown = series.getData().stream().map(XYChart.Data::getXValue).toList();
        if (shown.equals(categories) && !chart.getData().isEmpty()) {
            return;
        }
        series.getData().clear();
        tips.clear();
        fills.clear();
        for (String category : categories) {
            var data = new XYChart.Data<String, Number>(category, 0);
            LazyTooltip tip = new LazyTooltip();
            int slot = tips.size();
            tips.add(tip);
            fills.add(null);
            data.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, tip);
                    if (fills.size() > slot && fills.get(slot) != null) {
                        node.setStyle("-fx-bar-fill: " + fills.get(slot) + ";");
                    }
                }
            });
            series.getData().add(data);
        }
        chart.getData().setAll(List.of(series));
    }

    void set(int slot, double value, Supplier<String> tooltip) {
        series.getData().get(slot).setYValue(value);
        tips.get(slot).describe(tooltip);
    }

    /** The tooltip text of a bar as it would show now. */
    String tooltipOf(int slot) {
        return tips.get(slot).text();
    }

    /** A bar's own fill (a band's color), set on its node now or when the node is made. */
    void fill(int slot, String color) {
        if (color.equals(fills.get(slot))) {
            return;
        }
        fills.set(slot, color);
        var node = series.getData().get(slot).getNode();
        if (node != null) {
            node.setStyle("-fx-bar-fill: " + color + ";");
        }
    }
}
