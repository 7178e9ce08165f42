package org.healthscore.ui.charts;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Transform;

/**
 * A chart as an image for a slide: its title large, a subtitle (model, data as of, accounts), the chart itself
 * redrawn at the image's resolution (axis titles included, not a blown-up screenshot), and a legend. Made on the
 * FX thread (snapshots must be).
 */
public final class ChartSlide {
    /** What the image says beside the chart: the subtitle line and the legend's entries. */
    public record Caption(String subtitle, List<LegendEntry> legend) {
        public static final Caption NONE = new Caption("", List.of());
    }

    /** One legend entry: a color swatch (CSS color) and what it stands for. */
    public record LegendEntry(String color, String label) {
    }

    /** The two sizes offered: a 16:9 slide, or twice the chart's size on screen. */
    public enum Size {
        SLIDE("for slides (1920 × 1080)"), DOUBLE("at twice its size");

        private final String label;

        Size(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int SLIDE_WIDTH = 1920;
    public static final int SLIDE_HEIGHT = 1080;

    private ChartSlide() {
    }

    public static WritableImage render(Chart chart, Caption caption, Size size) {
        double w = Math.max(1, chart.getWidth());
        double h = Math.max(1, chart.getHeight());
        double k = 2; // type and spacing at twice the screen's: readable on a projector and in a 2× image
        Label title = label(chart.getTitle() == null ? "" : chart.getTitle(), 22 * k, true, "#1f2328");
        Label subtitle = label(caption.subtitle(), 13 * k, false, "#57606a");
        FlowPane legend = new FlowPane(12 * k, 6 * k);
        legend.setAlignment(Pos.CENTER);
        for (LegendEntry e : caption.legend()) {
            Rectangle swatch = new Rectangle(16 * k, 16 * k, Color.web(e.color()));
            HBox entry = new HBox(6 * k, swatch, label(e.label(), 16 * k, false, "#1f2328"));
            entry.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(entry);
        }
        double pad = 24 * k;
        double imageW = size == Size.SLIDE ? SLIDE_WIDTH : Math.round(2 * w + 2 * pad);
        legend.setPrefWrapLength(imageW - 2 * pad);
        VBox header = new VBox(4 * k, title, subtitle);
        double headerH = measure(header, imageW - 2 * pad);
        double legendH = caption.legend().isEmpty() ? 0 : measure(legend, imageW - 2 * pad);
        double scale = size == Size.SLIDE
                ? Math.min((SLIDE_WIDTH - 2 * pad) / w, (SLIDE_HEIGHT - 2 * pad - headerH - legendH - 2 * 8 * k) / h)
                : 2;
        ImageView drawn = new ImageView(snapshotWithoutTitle(chart, scale));
        VBox slide = new VBox(8 * k, header, drawn, legend);
        slide.setAlignment(Pos.TOP_CENTER);
        header.setAlignment(Pos.TOP_LEFT);
        slide.setPadding(new Insets(pad));
        slide.setStyle("-fx-background-color: white;");
        double imageH = size == Size.SLIDE ? SLIDE_HEIGHT : Math.ceil(2 * pad + headerH + h * scale + legendH + 16 * k);
        slide.setPrefSize(imageW, imageH);
        slide.setMinSize(imageW, imageH);
        slide.setMaxSize(imageW, imageH);
        new Scene(new Group(slide), imageW, imageH); // an off-screen scene: CSS and layout without a window
        slide.applyCss();
        slide.layout();
        return slide.snapshot(null, new WritableImage((int) imageW, (int) imageH));
    }

    /** The chart drawn at {@code scale}, its own title left out (the slide has it, larger). */
    private static WritableImage snapshotWithoutTitle(Chart chart, double scale) {
        String title = chart.getTitle();
        chart.setTitle(null); // within this event: laid out without it for the snapshot, never drawn so on screen
        try {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(scale, scale));
            params.setFill(Color.WHITE);
            return chart.snapshot(params, null);
        } finally {
            chart.setTitle(title);
        }
    }

    private static Label label(String text, double size, boolean bold, String color) {
        Label l = new Label(text);
        l.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx; -fx-text-fill: %s;%s", size, color,
                bold ? " -fx-font-weight: bold;" : ""));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The height {@code node} takes at {@code width}, laid out off screen. */
    private static double measure(Region node, double width) {
        new Scene(new Group(node));
        node.applyCss();
        double h = node.prefHeight(width);
        ((Group) node.getParent()).getChildren().clear();
        return h;
    }
}
