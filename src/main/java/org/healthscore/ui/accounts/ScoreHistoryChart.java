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

/** An account's score over time: the score line, a dashed line at each band's lower edge, a dot at every note. */
final class ScoreHistoryChart extends LineChart<Number, Number> {
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
