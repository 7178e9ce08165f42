package org.healthscore.ui.charts;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** A chart with a "Save PNG" button in its corner (and on its context menu). */
public final class ChartCard extends StackPane {
    public ChartCard(Chart chart, String fileName, Function<String, java.util.Optional<Path>> askFile,
                     java.util.function.Consumer<String> report) {
        Button save = new Button("PNG", new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.materialdesign2.MaterialDesignI.IMAGE_OUTLINE));
        save.setId("save-png-" + chart.getId());
        save.getStyleClass().add("chart-save");
        save.setTooltip(new Tooltip("Save this chart as a PNG image"));
        Runnable action = () -> askFile.apply(fileName).ifPresent(file -> {
            try {
                ChartPng.save(chart, file);
                report.accept("Saved " + file.getFileName());
            } catch (java.io.IOException e) {
                report.accept("Could not save " + file + ": " + e.getMessage());
            }
        });
        save.setOnAction(e -> action.run());
        MenuItem item = new MenuItem("Save as PNG…");
        item.setOnAction(e -> action.run());
        chart.setOnContextMenuRequested(e -> new ContextMenu(item).show(chart, e.getScreenX(), e.getScreenY()));
        getChildren().addAll(chart, save);
        StackPane.setAlignment(save, Pos.TOP_RIGHT);
        getStyleClass().add("chart-card");
    }
}
