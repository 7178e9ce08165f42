package org.healthscore.ui.overview;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One headline tile's changing parts: a caption, the value with its change (Δ) since the last edit, and a detail.
 * Laid out two ways: wide (the Δ beside the value, the detail's parts on one line) in the Overview, and narrow (the
 * Δ under the value, the detail one part a line, type scaled) when all tiles share one row in presentation mode.
 */
final class HeadlineTile {
    final VBox box;
    final Label caption;
    final Label value = new Label();
    final Label delta = new Label();
    final Label detail = new Label();
    private final HBox valueRow;
    private final Boolean upIsGood;
    private boolean narrow;
    private String detailText = "";

    /** @param upIsGood whether a rise is good news (green), bad (red), or neither (null: grey) */
    HeadlineTile(String id, String captionText, Boolean upIsGood) {
        this.upIsGood = upIsGood;
        caption = new Label(captionText);
        caption.getStyleClass().add("tile-caption");
        value.getStyleClass().add("tile-value");
        String key = id.toLowerCase(Locale.ROOT).replace(' ', '-');
        value.setId("figure-" + key);
        delta.setId("delta-" + key);
        detail.setId("detail-" + key);
        detail.getStyleClass().add("tile-detail");
        valueRow = new HBox(8, value, delta);
        box = new VBox(2, caption, valueRow, detail);
        box.getStyleClass().add("figure-tile");
    }

    /** Narrow: the Δ on a line of its own and the detail one part a line, so the value alone sets the width. */
    void setNarrow(boolean on) {
        if (on == narrow) {
            return;
        }
        narrow = on;
        caption.setWrapText(on);
        detail.setWrapText(on);
        if (on) {
            valueRow.getChildren().clear();
            box.getChildren().setAll(caption, value, delta, detail);
        } else {
            box.getChildren().setAll(caption, valueRow, detail);
            valueRow.getChildren().setAll(value, delta);
        }
        detail.setText(shown(detailText));
        show(delta, delta.isVisible());
    }

    /** Type at {@code scale} × its stylesheet size (1: the stylesheet's own). */
    void scaleType(double scale) {
        for (Label l : List.of(caption, value, delta, detail)) {
            l.setStyle("");
        }
        if (scale < 1) {
            box.applyCss();
            for (Label l : List.of(caption, value, delta, detail)) {
                l.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", l.getFont().getSize() * scale));
            }
        }
        box.applyCss();
    }

    /** The width the widest texts need: {@code value}, {@code delta} and {@code detail} shown for a moment. */
    double widthFor(String widestValue, String widestDelta, String widestDetail) {
        return Math.ceil(measured(widestValue, widestDelta, widestDetail, () -> {
            box.setMinWidth(Region.USE_COMPUTED_SIZE);
            box.setPrefWidth(Region.USE_COMPUTED_SIZE);
            box.applyCss();
            return narrow ? Math.max(value.prefWidth(-1), delta.isManaged() ? delta.prefWidth(-1) : 0)
                    + box.getInsets().getLeft() + box.getInsets().getRight() : box.prefWidth(-1);
        }));
    }

    /** Fixes the tile's width, so that no tile grows or shrinks while a slider moves. */
    void fixWidth(double w) {
        box.setMinWidth(w);
        box.setPrefWidth(w);
        box.setMaxWidth(narrow ? w : Double.MAX_VALUE);
    }

    /** The height the tile needs at its fixed width with the widest texts (as {@link #widthFor}). */
    double heightFor(String widestValue, String widestDelta, String widestDetail) {
        return measured(widestValue, widestDelta, widestDetail, () -> {
            box.applyCss();
            return box.prefHeight(box.getPrefWidth());
        });
    }

    /** {@code measure} with the widest texts shown for a moment (the Δ drawn bold, as its widest), then put back. */
    private double measured(String widestValue, String widestDelta, String widestDetail,
                            java.util.function.DoubleSupplier measure) {
        String v = value.getText();
        String d = delta.getText();
        String t = detail.getText();
        boolean shown = delta.isVisible();
        List<String> deltaStyle = List.copyOf(delta.getStyleClass());
        delta.getStyleClass().setAll("delta-good");
        value.setText(widestValue);
        delta.setText(widestDelta);
        show(delta, widestDelta != null);
        detail.setText(shown(widestDetail));
        double m = measure.getAsDouble();
        value.setText(v);
        delta.setText(d);
        show(delta, shown);
        delta.getStyleClass().setAll(deltaStyle);
        detail.setText(t);
        return m;
    }

    void set(String v, String d, Double change, String changeText) {
        value.setText(v);
        detailText = d;
        detail.setText(shown(d));
        boolean show = change != null && !Double.isNaN(change) && Math.abs(change) > 1e-12;
        show(delta, show);
        if (show) {
            delta.setText("Δ " + changeText);
            String style = upIsGood == null ? "delta-neutral" : (change > 0) == upIsGood ? "delta-good" : "delta-bad";
            if (!delta.getStyleClass().equals(List.of(style))) {
                delta.getStyleClass().setAll(style); // not every frame of a drag: a new class means a CSS pass
            }
        }
    }

    /** The detail as shown: its " · " parts on lines of their own in a narrow tile. */
    private String shown(String d) {
        return narrow ? d.replace(" · ", "\n") : d;
    }

    /** A narrow tile keeps the Δ's line when there is no change, so the detail under it does not move. */
    private void show(Label l, boolean on) {
        l.setVisible(on);
        l.setManaged(on || narrow);
    }
}
