package org.healthscore.ui.overview;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.healthscore.ui.charts.ChartCard;

/**
 * One Overview chart enlarged to the whole tab (the others, the headline figures and the band table out of the
 * way) for a room to read, and back: a double-click on the chart toggles it, Esc returns.
 */
final class EnlargedChart {
    private final GridPane charts;
    private final Consumer<Boolean> othersShown;
    private ChartCard shown;
    private Scene listening;
    private final EventHandler<KeyEvent> escape = e -> {
        if (e.getCode() == KeyCode.ESCAPE && shown != null) {
            restore();
            e.consume();
        }
    };

    /** @param othersShown hides (false) and shows again (true) what is beside the charts */
    EnlargedChart(GridPane charts, Consumer<Boolean> othersShown) {
        this.charts = charts;
        this.othersShown = othersShown;
    }

    void toggle(ChartCard card) {
        if (shown == card) {
            restore();
        } else {
            restore();
            enlarge(card);
        }
    }

    private void enlarge(ChartCard card) {
        shown = card;
        for (Node n : charts.getChildren()) {
            show(n, n == card);
        }
        othersShown.accept(false);
        card.getProperties().put(EnlargedChart.class, new int[] {GridPane.getColumnIndex(card),
                GridPane.getRowIndex(card)});
        GridPane.setConstraints(card, 0, 0, 2, 2);
        listening = card.getScene();
        if (listening != null) {
            listening.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
    }

    /** Back among the others (nothing happens when no chart is enlarged). */
    void restore() {
        if (shown == null) {
            return;
        }
        int[] at = (int[]) shown.getProperties().remove(EnlargedChart.class);
        GridPane.setConstraints(shown, at[0], at[1], 1, 1);
        charts.getChildren().forEach(n -> show(n, true));
        othersShown.accept(true);
        if (listening != null) {
            listening.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            listening = null;
        }
        shown = null;
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
