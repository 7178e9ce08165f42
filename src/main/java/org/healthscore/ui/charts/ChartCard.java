package org.healthscore.ui.charts;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * A chart with a "PNG" button in its corner (and the same on its context menu): save it for slides
 * (1920 × 1080) or at twice its size, each with its title, a subtitle and a legend, or copy it.
 */
public final class ChartCard extends StackPane {
    private final Chart chart;
    private final Supplier<ChartSlide.Caption> caption;
    private Runnable onEnlarge = () -> { };

    /**
     * @param askFile asks where to save (given a suggested file name); empty when the user cancels
     * @param caption the subtitle (model, data as of, accounts) and legend of what the chart shows now
     * @param report  shows a one-line message (saved, copied, or why not)
     */
    public ChartCard(Chart chart, String fileName, Function<String, Optional<Path>> askFile,
                     Supplier<ChartSlide.Caption> caption, Consumer<String> report) {
        this.chart = chart;
        this.caption = caption;
        Button save = new Button("PNG", new FontIcon(MaterialDesignI.IMAGE_OUTLINE));
        save.setId("save-png-" + chart.getId());
        save.getStyleClass().add("chart-save");
        save.setTooltip(new Tooltip("Save this chart as a PNG image for slides, or copy it"));
        save.setOnAction(e -> menu(fileName, askFile, report).show(save, javafx.geometry.Side.BOTTOM, 0, 0));
        chart.setOnContextMenuRequested(e -> menu(fileName, askFile, report).show(chart, e.getScreenX(),
                e.getScreenY()));
        chart.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onEnlarge.run();
            }
        });
        getChildren().addAll(chart, save);
        StackPane.setAlignment(save, Pos.TOP_RIGHT);
        getStyleClass().add("chart-card");
    }

    /** What a double-click (or "Enlarge / return") does: the chart alone in its tab, or back among the others. */
    public void setOnEnlarge(Runnable action) {
        onEnlarge = action;
    }

    /** Where saved charts are encoded and written, one at a time. */
    private static final java.util.concurrent.Executor PNG_WRITER = org.healthscore.ui.common.FxExecutors.single(
            "chart-png");

    private ContextMenu menu(String fileName, Function<String, Optional<Path>> askFile, Consumer<String> report) {
        ContextMenu menu = new ContextMenu();
        MenuItem enlarge = new MenuItem("Enlarge / return (double-click; Esc returns)");
        enlarge.setId("enlarge-" + chart.getId());
        enlarge.setOnAction(e -> onEnlarge.run());
        menu.getItems().add(enlarge);
        for (ChartSlide.Size size : ChartSlide.Size.values()) {
            MenuItem item = new MenuItem("Save " + size.label() + "…");
            item.setId("save-" + size.name().toLowerCase(java.util.Locale.ROOT) + "-" + chart.getId());
            item.setOnAction(e -> askFile.apply(fileName).ifPresent(file -> {
                // drawn here (a snapshot needs the FX thread); encoded and written on a thread of its own: a
                // 1920 × 1080 PNG takes a few hundred milliseconds the window must not freeze for
                javafx.scene.image.Image image = ChartSlide.render(chart, caption.get(), size);
                report.accept("Saving " + file.getFileName() + "\u2026");
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        ChartPng.write(image, file);
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }, PNG_WRITER).whenComplete((done, ex) -> javafx.application.Platform.runLater(() -> report.accept(
                        ex == null ? "Saved " + file.getFileName() + " (" + size.label() + ")"
                                : "Could not save " + file + ": " + org.healthscore.ui.common.Errors.cause(ex)
                                .getMessage())));
            }));
            menu.getItems().add(item);
        }
        MenuItem copy = new MenuItem("Copy chart");
        copy.setId("copy-" + chart.getId());
        copy.setOnAction(e -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE,
                    ChartSlide.render(chart, caption.get(), ChartSlide.Size.SLIDE)));
            report.accept("Copied the chart (1920 × 1080) to the clipboard: paste it into a slide");
        });
        menu.getItems().add(copy);
        return menu;
    }
}
