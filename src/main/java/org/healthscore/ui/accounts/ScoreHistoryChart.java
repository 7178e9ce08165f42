package org.healthscore.ui.accounts;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.healthscore.engine.ScoreHistory;
import org.healthscore.model.Band;
import org.healthscore.store.AccountNotes;

/**
 * An account's score over time: the score line over its bands' colors (a pale stripe per band, a dashed line at
 * each lower edge) and a dot at every note.
 */
final class ScoreHistoryChart extends LineChart<Number, Number> {
    /** One pale stripe per band, behind everything, laid out with the plot. */
    private final java.util.List<javafx.scene.shape.Rectangle> stripes = new java.util.ArrayList<>();
    private java.util.List<Band> stripeBands = java.util.List.of();

    ScoreHistoryChart() {
        super(EpochDayAxis.create(), new NumberAxis(0, 100, 20));
        setId("score-history");
        setTitle("Score over time");
        setAnimated(false);
        setCreateSymbols(false);
        setPrefHeight(220);
        setMinHeight(180);
        getStyleClass().add("score-history");
    }

    void show(ScoreHistory.Series s, List<Band> bands, List<AccountNotes.Note> notes) {
        getData().clear();
        showStripes(bands);
        var line = new XYChart.Series<Number, Number>();
        line.setName("Score");
        for (int t = 0; t < s.days().length; t++) {
            if (!Double.isNaN(s.scores()[t])) {
                line.getData().add(new XYChart.Data<>(s.days()[t], s.scores()[t]));
            }
        }
        getData().add(line);
        int first = s.days()[0];
        int last = s.days()[s.days().length - 1];
        for (Band band : bands) {
            if (band.lowerBound() <= 0) {
                continue;
            }
            var edge = new XYChart.Series<Number, Number>();
            edge.setName(band.name() + " from " + (int) band.lowerBound());
            edge.getData().add(new XYChart.Data<>(first, band.lowerBound()));
            edge.getData().add(new XYChart.Data<>(last, band.lowerBound()));
            getData().add(edge);
            // band colors come from the model; the series' path exists once it is in the chart
            edge.getNode().setStyle("-fx-stroke: " + band.color() + "; -fx-stroke-dash-array: 4 4; -fx-stroke-width: 1.5;");
        }
        var marks = new XYChart.Series<Number, Number>();
        marks.setName("Notes");
        for (AccountNotes.Note note : notes) {
            if (note.date() == null) {
                continue;
            }
            int day = (int) LocalDate.parse(note.date()).toEpochDay();
            if (day < first || day > last) {
                continue;
            }
            var d = new XYChart.Data<Number, Number>(day, scoreNear(s, day));
            Circle dot = new Circle(4, Color.web("#57606a"));
            Tooltip.install(dot, new Tooltip(note.date() + ": " + note.text()));
            d.setNode(dot);
            marks.getData().add(d);
        }
        getData().add(marks);
        marks.getNode().setStyle("-fx-stroke: transparent;"); // markers only, no line between notes
        line.getNode().setStyle("-fx-stroke: #24292f; -fx-stroke-width: 2.5;");
    }

    private void showStripes(List<Band> bands) {
        getPlotChildren().removeAll(stripes);
        stripes.clear();
        stripeBands = org.healthscore.model.Bands.descending(bands);
        for (Band band : stripeBands) {
            javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle();
            r.setFill(Color.web(band.color(), 0.14));
            r.setMouseTransparent(true);
            r.getStyleClass().add("band-stripe");
            stripes.add(r);
        }
        getPlotChildren().addAll(0, stripes); // first: drawn behind the line and the dots
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis y = (NumberAxis) getYAxis();
        double width = getXAxis().getWidth();
        double top = 100;
        for (int i = 0; i < stripes.size(); i++) {
            double lower = Math.max(0, stripeBands.get(i).lowerBound());
            double yTop = y.getDisplayPosition(top);
            double yBottom = y.getDisplayPosition(lower);
            stripes.get(i).setX(0);
            stripes.get(i).setY(yTop);
            stripes.get(i).setWidth(width);
            stripes.get(i).setHeight(Math.max(0, yBottom - yTop));
            stripes.get(i).toBack();
            top = lower;
        }
    }

    /** The score at the history step nearest the day, so a note's dot sits on the line. */
    private static double scoreNear(ScoreHistory.Series s, int day) {
        int best = 0;
        for (int t = 1; t < s.days().length; t++) {
            if (Math.abs(s.days()[t] - day) < Math.abs(s.days()[best] - day)) {
                best = t;
            }
        }
        return Double.isNaN(s.scores()[best]) ? 50 : s.scores()[best];
    }
}
