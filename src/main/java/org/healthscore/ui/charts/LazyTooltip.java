package org.healthscore.ui.charts;

import java.util.function.Supplier;
import javafx.scene.control.Tooltip;

/**
 * A tooltip whose text is written when it shows, from the latest {@link #describe describe}: a chart's bars get
 * new figures at every frame of a drag, and formatting every bar's tooltip then cost FX-thread time for text
 * nobody was reading. One already showing follows at once.
 */
final class LazyTooltip extends Tooltip {
    private Supplier<String> text = () -> "";

    LazyTooltip() {
        setOnShowing(e -> setText(text.get()));
    }

    void describe(Supplier<String> newText) {
        text = newText;
        if (isShowing()) {
            setText(newText.get());
        }
    }

    /** The text it would show now. */
    String text() {
        return text.get();
    }
}
