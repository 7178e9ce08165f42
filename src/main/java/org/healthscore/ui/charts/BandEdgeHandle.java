package org.healthscore.ui.charts;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.healthscore.model.Band;

/**
 * A band's lower edge drawn on the score histogram: a dashed line in the band's color with its name and score
 * on top, and a wider invisible strip around it to grab and drag.
 */
final class BandEdgeHandle extends Group {
    private static final double GRAB_WIDTH = 12;
    private final Line line = new Line();
    private final Rectangle grab = new Rectangle(GRAB_WIDTH, 10, Color.TRANSPARENT);
    private final Label caption = new Label();
    private final Tooltip tooltip = new Tooltip();
    private Band band;
    /** While dragged: where the pointer put the edge (shown at once, before the model catches up). */
    double dragScore = Double.NaN;

    BandEdgeHandle(int index) {
        setId("band-edge-handle-" + index);
        grab.setId("band-edge-grab-" + index);
        caption.setId("band-edge-caption-" + index);
        line.getStrokeDashArray().setAll(6.0, 4.0);
        line.setStrokeWidth(2);
        line.setMouseTransparent(true);
        caption.getStyleClass().add("band-edge-caption");
        caption.setMouseTransparent(true);
        grab.setCursor(Cursor.H_RESIZE);
        Tooltip.install(grab, tooltip);
        getChildren().addAll(line, grab, caption);
    }

    void show(Band b) {
        if (b.equals(band)) {
            return; // called with every result while a slider moves: restyle only when the band changed
        }
        band = b;
        line.setStroke(Color.web(b.color()));
        caption.setStyle("-fx-text-fill: derive(" + b.color() + ", -40%); -fx-font-weight: bold; -fx-font-size: 0.85em;"
                + " -fx-background-color: rgba(255,255,255,0.85); -fx-padding: 0 2 0 2;");
        tooltip.setText("Drag to move where " + b.name() + " starts (now " + Math.round(b.lowerBound()) + ")");
    }

    double score() {
        return Double.isNaN(dragScore) ? band.lowerBound() : dragScore;
    }

    /** Places the edge at x (plot coordinates) over a plot {@code height} tall. */
    void place(double x, double height) {
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(0);
        line.setEndY(height);
        grab.setX(x - GRAB_WIDTH / 2);
        grab.setY(0);
        grab.setHeight(height);
        caption.setText("≥ " + Math.round(score()));
        caption.autosize();
        caption.relocate(x + 3, 2);
    }

    Rectangle grabArea() {
        return grab;
    }
}
