package org.healthscore.ui.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Evaluation;
import org.healthscore.ui.common.Formats;

/**
 * The figures a CS leader reads first — accounts scored, AUC, Gini, churn, "green but churned", each band's
 * share and ARR — each that an edit can move with its change (Δ) since before the last edit, so a user sees
 * whether a move helped: beside the value in color (AUC, green but churned, band share), in the detail line for
 * Gini and band ARR.
 * The tiles are built once per set of bands and then only their texts change (cheap while a slider moves).
 */
public final class HeadlineFigures extends FlowPane {

    /** One tile's changing parts. */
    private static final class Tile {
        final VBox box;
        final Label value = new Label();
        final Label delta = new Label();
        final Label detail = new Label();
        final Boolean upIsGood;

        Tile(String id, String caption, Boolean upIsGood) {
            this.upIsGood = upIsGood;
            Label c = new Label(caption);
            c.getStyleClass().add("tile-caption");
            value.getStyleClass().add("tile-value");
            String key = id.toLowerCase(Locale.ROOT).replace(' ', '-');
            value.setId("figure-" + key);
            delta.setId("delta-" + key);
            detail.setId("detail-" + key);
            detail.getStyleClass().add("tile-detail");
            box = new VBox(2, c, new HBox(8, value, delta), detail);
            box.getStyleClass().add("figure-tile");
        }

        /**
         * Makes the tile as wide as the widest texts it can show ({@code value}, {@code delta}, {@code detail}), so
         * that no tile grows or shrinks while a slider moves and the tiles never jump between rows.
         */
        void reserveWidth(String widestValue, String widestDelta, String widestDetail) {
            String v = value.getText();
            String d = delta.getText();
            String t = detail.getText();
            boolean shown = delta.isVisible();
            List<String> deltaStyle = List.copyOf(delta.getStyleClass());
            delta.getStyleClass().setAll("delta-good"); // bold: the widest a change is drawn
            value.setText(widestValue);
            delta.setText(widestDelta);
            delta.setVisible(widestDelta != null);
            delta.setManaged(widestDelta != null);
            detail.setText(widestDetail);
            box.setMinWidth(Region.USE_COMPUTED_SIZE);
            box.setPrefWidth(Region.USE_COMPUTED_SIZE);
            box.applyCss();
            double w = Math.ceil(box.prefWidth(-1));
            box.setMinWidth(w);
            box.setPrefWidth(w);
            value.setText(v);
            delta.setText(d);
            delta.setVisible(shown);
            delta.setManaged(shown);
            delta.getStyleClass().setAll(deltaStyle);
            detail.setText(t);
        }

        void set(String v, String d, Double change, String changeText) {
            value.setText(v);
            detail.setText(d);
            boolean show = change != null && !Double.isNaN(change) && Math.abs(change) > 1e-12;
            delta.setVisible(show);
            delta.setManaged(show);
            if (show) {
                delta.setText("Δ " + changeText);
                String style = upIsGood == null ? "delta-neutral" : (change > 0) == upIsGood ? "delta-good" : "delta-bad";
                if (!delta.getStyleClass().equals(List.of(style))) {
                    delta.getStyleClass().setAll(style); // not every frame of a drag: a new class means a CSS pass
                }
            }
        }
    }

    private final Map<String, Tile> tiles = new LinkedHashMap<>();
    /** The type the widths were reserved for: presentation mode's larger type needs them reserved again. */
    private javafx.scene.text.Font reservedFor;
    private List<String> bandNames = List.of(); // name and color of each band the tiles were built for

    public HeadlineFigures() {
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(4, 0, 8, 0));
        getStyleClass().add("headline-figures");
    }

    private boolean arrKnown = true;

    /** Whether the data has ARR: without it the band tiles say "no ARR column" rather than "$0k ARR". */
    public void setArrKnown(boolean known) {
        reservedFor = arrKnown == known ? reservedFor : null;
        arrKnown = known;
    }

    /** @param before the evaluation before the last edit, or null (no Δ shown) */
    public void show(Evaluation e, Evaluation before) {
        List<String> names = e.bandRows().stream().map(r -> r.band().name() + r.band().color()).toList();
        if (tiles.isEmpty() || !names.equals(bandNames)) {
            build(e);
            reservedFor = null;
        }
        last = e;
        reserveIfTypeChanged();
        tiles.get("accounts").set(Formats.count(e.scored()), Formats.count(e.known()) + " with an outcome", null, "");
        double aucChange = before == null ? Double.NaN : e.auc() - before.auc();
        tiles.get("auc").set(Formats.ratio(e.auc()), "Gini " + Formats.ratio(e.gini())
                        + change(before == null ? Double.NaN : e.gini() - before.gini(), "%+.3f"), aucChange,
                String.format(Locale.ROOT, "%+.3f", aucChange));
        tiles.get("churn").set(Formats.percent(e.churnRate()), Formats.count(e.churned()) + " churned", null, "");
        double greenChange = before == null ? Double.NaN
                : e.greenButChurned().length - before.greenButChurned().length;
        tiles.get("green-churned").set(Formats.count(e.greenButChurned().length), "top band, then churned",
                greenChange, String.format(Locale.ROOT, "%+,.0f", greenChange));
        for (int b = 0; b < e.bandRows().size(); b++) {
            Evaluation.BandRow row = e.bandRows().get(b);
            Evaluation.BandRow old = before == null || before.bandRows().size() <= b ? null : before.bandRows().get(b);
            double change = old == null ? Double.NaN : 100 * (row.share() - old.share());
            double arrChange = old == null ? Double.NaN : row.arr() - old.arr();
            String arrText = !arrKnown ? "no ARR column" : Formats.money(row.arr()) + " ARR"
                    + (Double.isNaN(arrChange) || arrChange == 0 ? "" : " · Δ " + Formats.moneyChange(arrChange));
            tiles.get("band-" + row.band().name()).set(Formats.percent(row.share()), "churn "
                    + Formats.percent(row.churnRate()) + "\n" + arrText,
                    change, String.format(Locale.ROOT, "%+.1f pts", change));
        }
    }

    private Evaluation last;

    /** Reserves the tiles' widths when the type they were reserved for changed (or never was). */
    private void reserveIfTypeChanged() {
        javafx.scene.text.Font font = tiles.get("accounts").value.getFont();
        if (last != null && getScene() != null && !font.equals(reservedFor)) {
            reserveWidths(last);
            reservedFor = tiles.get("accounts").value.getFont();
        }
    }

    /**
     * The widest each tile's texts can get on this data: every account in it, all ARR moving; a band's share up to
     * 99.9 % (a band holding every account would widen its tile once — rather than every tile being that wide).
     */
    private void reserveWidths(Evaluation e) {
        String all = Formats.count(e.accounts());
        double totalArr = e.bandRows().stream().mapToDouble(r -> Double.isFinite(r.arr()) ? r.arr() : 0).sum();
        tiles.get("accounts").reserveWidth(all, null, all + " with an outcome");
        // "+" is wider than "-" in most fonts: the widest a change can be written
        tiles.get("auc").reserveWidth("0.000", "Δ +0.000", "Gini -0.000 · Δ +0.000");
        tiles.get("churn").reserveWidth("100.0 %", null, all + " churned");
        tiles.get("green-churned").reserveWidth(all, "Δ +" + all, "top band, then churned");
        String arr = !arrKnown ? "no ARR column" : Formats.money(totalArr) + " ARR · Δ " + Formats.moneyChange(totalArr);
        for (Evaluation.BandRow row : e.bandRows()) {
            tiles.get("band-" + row.band().name()).reserveWidth("99.9 %", "Δ +99.9 pts", "churn 100.0 %\n" + arr);
        }
        // one height for all, so that the rows line up whatever each tile says
        double tallest = tiles.values().stream().mapToDouble(t -> t.box.prefHeight(t.box.getPrefWidth())).max()
                .orElse(0);
        tiles.values().forEach(t -> t.box.setMinHeight(tallest));
    }

    /** " · Δ +0.018" after a detail, or nothing when there is no change to tell. */
    private static String change(double change, String format) {
        return Double.isNaN(change) || Math.abs(change) < 5e-4 ? "" : " · Δ " + String.format(Locale.ROOT, format, change);
    }

    private void build(Evaluation e) {
        tiles.clear();
        tiles.put("accounts", new Tile("accounts", "Accounts scored", true));
        tiles.put("auc", new Tile("auc", "AUC", true));
        tiles.put("churn", new Tile("churn", "Churn rate", true));
        tiles.put("green-churned", new Tile("green-churned", "Green but churned", false));
        for (Evaluation.BandRow row : e.bandRows()) {
            Tile t = new Tile("band-" + row.band().name(), row.band().name(), null);
            t.box.setStyle("-fx-border-color: " + row.band().color() + ";"); // band colors come from the model
            tiles.put("band-" + row.band().name(), t);
        }
        bandNames = e.bandRows().stream().map(r -> r.band().name() + r.band().color()).toList();
        // presentation mode's larger type: reserve the widths again once that CSS pass is over
        tiles.get("accounts").value.fontProperty().addListener(
                (o, was, now) -> javafx.application.Platform.runLater(this::reserveIfTypeChanged));
        getChildren().setAll(tiles.values().stream().map(t -> t.box).toList());
    }
}
