package org.healthscore.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Holds a pane directly while the space it is given is at least its minimum height, and inside a vertical
 * scroll pane when it is shorter (a small screen, a projector in presentation mode), so the pane's charts keep a
 * readable size instead of being squashed. Not always in a scroll pane: one over the Overview made the software
 * renderer redraw more of it at every frame of a drag (about a third more of its CPU, measured).
 */
public final class ScrollWhenShort extends StackPane {
    private final Region content;
    private final ScrollPane scroll = new ScrollPane();

    public ScrollWhenShort(Region content) {
        this.content = content;
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("scroll-when-short");
        // the skin caches its viewport as a bitmap, which made every change redraw all of it
        scroll.skinProperty().addListener((o, old, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        setMinSize(0, 0); // its size is what it is given; the content's minimum decides the scrolling
        getChildren().setAll(content);
        heightProperty().addListener(o -> fit());
        widthProperty().addListener(o -> fit());
    }

    /** Its size may be the same while the content's minimum changed (tiles rewrapped, type changed): fit again. */
    @Override
    protected void layoutChildren() {
        fit();
        super.layoutChildren();
    }

    /** Whether the content is shown in the scroll pane now. */
    public boolean isScrolling() {
        return scroll.getContent() == content;
    }

    private void fit() {
        boolean tooShort = getHeight() > 0 && getHeight() < content.minHeight(getWidth());
        if (tooShort && !isScrolling()) {
            getChildren().clear();
            scroll.setContent(content);
            getChildren().setAll(scroll);
        } else if (!tooShort && isScrolling()) {
            scroll.setContent(null);
            getChildren().setAll(content);
        }
    }
}
