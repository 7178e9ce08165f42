package org.healthscore.ui.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.layout.FlowPane;
import org.healthscore.engine.Evaluation;
import org.healthscore.ui.common.Formats;

/**
 * The figures a CS leader reads first — accounts scored, AUC, Gini, churn, "green but churned", each band's
 * share and ARR — each that an edit can move with its change (Δ) since before the last edit, so a user sees
 * whether a move helped: beside the value in color (AUC, green but churned, band share), in the detail line for
 * Gini and band ARR.
 * The tiles are built once per set of bands and then only their texts change (cheap while a slider moves). In
 * one row (presentation mode) the tiles share the width equally and their type shrinks only as far as the widest
 * value needs.
 */
public final class HeadlineFigures extends FlowPane {
    /** The smallest the type of a tile in one row gets; below it the tiles wrap to a second row. */
    private static final double SMALLEST_SCALE = 0.6;

    private final Map<String, HeadlineTile> tiles = new LinkedHashMap<>();
    /** The type and width the widths were reserved for: presentation mode's larger type needs them again. */
    private javafx.scene.text.Font reservedFor;
    private double reservedAtWidth = -1;
    private List<String> bandNames = List.of(); // name and color of each band the tiles were built for
    private boolean arrKnown = true;
    private boolean oneRow;
    private Evaluation last;

    public HeadlineFigures() {
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(4, 0, 8, 0));
        getStyleClass().add("headline-figures");
        widthProperty().addListener((o, was, now) -> {
            if (oneRow) {
                javafx.application.Platform.runLater(this::reserveIfTypeChanged);
            }
        });
    }

    /** Whether the data has ARR: without it the band tiles say "no ARR column" rather than "$0k ARR". */
    public void setArrKnown(boolean known) {
        reservedFor = arrKnown == known ? reservedFor : null;
        arrKnown = known;
    }

    /** All tiles in one row sharing the width (presentation mode), or as many to a row as fit at their size. */
    public void setOneRow(boolean on) {
        oneRow = on;
        setHgap(on ? 8 : 12);
        tiles.values().forEach(t -> {
            t.setNarrow(on);
            t.scaleType(1);
        });
        reservedFor = null;
        reserveIfTypeChanged();
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

    /** Reserves the tiles' widths when the type or (in one row) the width they were reserved for changed. */
    private void reserveIfTypeChanged() {
        if (last == null || getScene() == null || tiles.isEmpty()) {
            return;
        }
        double width = oneRow ? getWidth() : -1;
        javafx.scene.text.Font font = tiles.get("accounts").value.getFont();
        if (!font.equals(reservedFor) || width != reservedAtWidth) {
            reservedAtWidth = width;
            if (oneRow) {
                fitOneRow();
            } else {
                reserveWidths(0);
            }
            reservedFor = tiles.get("accounts").value.getFont();
        }
    }

    /** Equal shares of the row; the type scaled down until the widest value fits its share (or wrap below 60 %). */
    private void fitOneRow() {
        int n = tiles.size();
        double share = Math.floor((getWidth() - getInsets().getLeft() - getInsets().getRight() - getHgap() * (n - 1)) / n);
        tiles.values().forEach(t -> t.scaleType(1));
        double scale = 1;
        double widest = reserveWidths(share);
        for (int tries = 0; widest > share && share > 0 && scale > SMALLEST_SCALE && tries < 8; tries++) {
            scale = Math.max(SMALLEST_SCALE, scale * Math.max(0.8, share / widest - 0.01));
            double s = scale;
            tiles.values().forEach(t -> t.scaleType(s));
            widest = reserveWidths(share);
        }
    }

    /**
     * Fixes every tile's width (at least {@code share}, or the widest its texts can get on this data: every
     * account, all ARR moving, a band's share up to 99.9 %) and one height for all; returns the widest need.
     */
    private double reserveWidths(double share) {
        Evaluation e = last;
        String all = Formats.count(e.accounts());
        double totalArr = e.bandRows().stream().mapToDouble(r -> Double.isFinite(r.arr()) ? r.arr() : 0).sum();
        String arr = !arrKnown ? "no ARR column" : Formats.money(totalArr) + " ARR · Δ " + Formats.moneyChange(totalArr);
        Map<HeadlineTile, String[]> widest = new LinkedHashMap<>();
        // "+" is wider than "-" in most fonts: the widest a change can be written
        widest.put(tiles.get("accounts"), new String[] {all, null, all + " with an outcome"});
        widest.put(tiles.get("auc"), new String[] {"0.000", "Δ +0.000", "Gini -0.000 · Δ +0.000"});
        widest.put(tiles.get("churn"), new String[] {"100.0 %", null, all + " churned"});
        widest.put(tiles.get("green-churned"), new String[] {all, "Δ +" + all, "top band, then churned"});
        for (Evaluation.BandRow row : e.bandRows()) {
            widest.put(tiles.get("band-" + row.band().name()),
                    new String[] {"99.9 %", "Δ +99.9 pts", "churn 100.0 %\n" + arr});
        }
        double need = 0;
        for (var t : widest.entrySet()) {
            String[] w = t.getValue();
            double width = t.getKey().widthFor(w[0], w[1], w[2]);
            need = Math.max(need, width);
            t.getKey().fixWidth(Math.max(width, share));
        }
        // one height for all, so that the rows line up whatever each tile says
        double tallest = 0;
        for (var t : widest.entrySet()) {
            String[] w = t.getValue();
            tallest = Math.max(tallest, t.getKey().heightFor(w[0], w[1], w[2]));
        }
        double h = tallest;
        tiles.values().forEach(t -> t.box.setMinHeight(h));
        return need;
    }

    /** " · Δ +0.018" after a detail, or nothing when there is no change to tell. */
    private static String change(double change, String format) {
        return Double.isNaN(change) || Math.abs(change) < 5e-4 ? "" : " · Δ " + String.format(Locale.ROOT, format, change);
    }

    private void build(Evaluation e) {
        tiles.clear();
        tiles.put("accounts", new HeadlineTile("accounts", "Accounts scored", true));
        tiles.put("auc", new HeadlineTile("auc", "AUC", true));
        tiles.put("churn", new HeadlineTile("churn", "Churn rate", true));
        tiles.put("green-churned", new HeadlineTile("green-churned", "Green but churned", false));
        for (Evaluation.BandRow row : e.bandRows()) {
            HeadlineTile t = new HeadlineTile("band-" + row.band().name(), row.band().name(), null);
            t.box.setStyle("-fx-border-color: " + row.band().color() + ";"); // band colors come from the model
            tiles.put("band-" + row.band().name(), t);
        }
        tiles.values().forEach(t -> t.setNarrow(oneRow));
        bandNames = e.bandRows().stream().map(r -> r.band().name() + r.band().color()).toList();
        // presentation mode's larger type: reserve the widths again once that CSS pass is over
        tiles.get("accounts").value.fontProperty().addListener(
                (o, was, now) -> javafx.application.Platform.runLater(this::reserveIfTypeChanged));
        getChildren().setAll(tiles.values().stream().map(t -> t.box).toList());
    }
}
