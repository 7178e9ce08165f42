package org.healthscore.ui.workbench;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Evaluation;

/**
 * The figures a CS leader reads first — accounts scored, AUC, Gini, churn, "green but churned", each band's
 * share and ARR — each with its change (Δ) since before the last edit, so a user sees whether a move helped.
 */
public final class HeadlineFigures extends FlowPane {

    public HeadlineFigures() {
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(4, 0, 8, 0));
        getStyleClass().add("headline-figures");
    }

    /** @param before the evaluation before the last edit, or null (no Δ shown) */
    public void show(Evaluation e, Evaluation before) {
        getChildren().setAll(
                tile("accounts", "Accounts scored", Formats.count(e.scored()),
                        Formats.count(e.known()) + " with an outcome", null, true),
                tile("auc", "AUC", Formats.ratio(e.auc()), "Gini " + Formats.ratio(e.gini()),
                        before == null ? null : delta(e.auc() - before.auc(), "%+.3f"), true),
                tile("churn", "Churn rate", Formats.percent(e.churnRate()), Formats.count(e.churned()) + " churned",
                        null, true),
                tile("green-churned", "Green but churned", Formats.count(e.greenButChurned().length),
                        "top band, then churned", before == null ? null
                                : delta(e.greenButChurned().length - before.greenButChurned().length, "%+.0f"), false));
        for (int b = 0; b < e.bandRows().size(); b++) {
            Evaluation.BandRow row = e.bandRows().get(b);
            Double change = before == null || before.bandRows().size() <= b ? null
                    : 100 * (row.share() - before.bandRows().get(b).share());
            VBox tile = tile("band-" + row.band().name(), row.band().name(), Formats.percent(row.share()),
                    "churn " + Formats.percent(row.churnRate()) + " · " + Formats.money(row.arr()) + " ARR",
                    change == null ? null : new Delta(change, String.format(Locale.ROOT, "%+.1f pts", change)), null);
            tile.setStyle("-fx-border-color: " + row.band().color() + ";"); // band colors come from the model
            getChildren().add(tile);
        }
    }

    /** A change and how it reads. */
    private record Delta(double value, String text) {
    }

    private static Delta delta(double change, String format) {
        return Double.isNaN(change) ? null : new Delta(change, String.format(Locale.ROOT, format, change));
    }

    /** @param upIsGood whether a rise is good news (colored green), null for neutral */
    private static VBox tile(String id, String caption, String value, String detail, Delta delta, Boolean upIsGood) {
        Label c = new Label(caption);
        c.getStyleClass().add("tile-caption");
        Label v = new Label(value);
        v.getStyleClass().add("tile-value");
        v.setId("figure-" + id.toLowerCase(Locale.ROOT).replace(' ', '-'));
        HBox line = new HBox(8, v);
        if (delta != null && Math.abs(delta.value()) > 1e-12) {
            Label d = new Label("Δ " + delta.text());
            d.setId("delta-" + id.toLowerCase(Locale.ROOT).replace(' ', '-'));
            d.getStyleClass().add(upIsGood == null ? "delta-neutral"
                    : (delta.value() > 0) == upIsGood ? "delta-good" : "delta-bad");
            line.getChildren().add(d);
        }
        Label dl = new Label(detail);
        dl.getStyleClass().add("tile-detail");
        VBox box = new VBox(2, c, line, dl);
        box.getStyleClass().add("figure-tile");
        return box;
    }
}
