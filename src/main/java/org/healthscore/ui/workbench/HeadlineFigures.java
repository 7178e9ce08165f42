package org.healthscore.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Evaluation;

/** The figures a CS leader reads first: accounts scored, AUC, Gini, and each band's share and churn rate. */
public final class HeadlineFigures extends FlowPane {

    public HeadlineFigures() {
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(4, 0, 8, 0));
        getStyleClass().add("headline-figures");
    }

    public void show(Evaluation e) {
        getChildren().setAll(
                tile("accounts", "Accounts scored", Formats.count(e.scored()),
                        Formats.count(e.known()) + " with an outcome"),
                tile("auc", "AUC", Formats.ratio(e.auc()), "Gini " + Formats.ratio(e.gini())),
                tile("churn", "Churn rate", Formats.percent(e.churnRate()), Formats.count(e.churned()) + " churned"),
                tile("green-churned", "Green but churned", Formats.count(e.greenButChurned().length),
                        "top band, then churned"));
        for (Evaluation.BandRow row : e.bandRows()) {
            var tile = tile("band-" + row.band().name(), row.band().name(), Formats.percent(row.share()),
                    "churn " + Formats.percent(row.churnRate()) + " · " + Formats.money(row.arr()) + " ARR");
            tile.setStyle("-fx-border-color: " + row.band().color() + ";"); // band colors come from the model
            getChildren().add(tile);
        }
    }

    private static VBox tile(String id, String caption, String value, String detail) {
        Label c = new Label(caption);
        c.getStyleClass().add("tile-caption");
        Label v = new Label(value);
        v.getStyleClass().add("tile-value");
        v.setId("figure-" + id.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        Label d = new Label(detail);
        d.getStyleClass().add("tile-detail");
        VBox box = new VBox(2, c, v, d);
        box.getStyleClass().add("figure-tile");
        return box;
    }
}
