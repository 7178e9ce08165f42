package org.healthscore.ui.accounts;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.healthscore.data.DataColumn;
import org.healthscore.engine.Scores;
import org.healthscore.model.Metric;
import org.healthscore.store.AccountNotes;

/** One account: its score broken into metric contributions, its raw values and its notes. */
final class AccountDetail extends VBox {
    private final Label title = new Label("Select an account");
    private final Label summary = new Label();
    private final BarChart<Number, String> contributions = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final ListView<String> raw = new ListView<>();
    private final ListView<String> notes = new ListView<>();
    private final javafx.scene.chart.LineChart<Number, Number> history = new javafx.scene.chart.LineChart<>(
            new NumberAxis(), new NumberAxis(0, 100, 20));

    AccountDetail() {
        setSpacing(8);
        setPadding(new Insets(8));
        setPrefWidth(440);
        title.getStyleClass().add("panel-title");
        title.setId("account-title");
        summary.setId("account-summary");
        contributions.setId("contributions");
        contributions.setTitle("Score by metric (points of 100)");
        contributions.setLegendVisible(false);
        contributions.setAnimated(false);
        contributions.setPrefHeight(230);
        contributions.getXAxis().setLabel("Contribution to the score");
        raw.setId("account-raw");
        raw.setPrefHeight(120);
        notes.setId("account-notes");
        notes.setPlaceholder(new Label("No notes or comments for this account."));
        history.setId("score-history");
        history.setTitle("Score over time");
        history.setAnimated(false);
        history.setCreateSymbols(false);
        history.setPrefHeight(220);
        history.getStyleClass().add("score-history");
        ((NumberAxis) history.getXAxis()).setForceZeroInRange(false);
        ((NumberAxis) history.getXAxis()).setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return java.time.LocalDate.ofEpochDay(n.longValue()).toString().substring(0, 7);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        getChildren().addAll(title, summary, history, contributions, new Label("Raw values (as of the scoring date)"),
                raw, new Label("CSM notes and survey comments"), notes);
    }

    void show(Scores scores, AccountRow row, List<AccountNotes.Note> accountNotes,
              org.healthscore.engine.ScoreHistory.Series overTime) {
        showHistory(scores, overTime, accountNotes);
        title.setText(row.id() + (row.name().isEmpty() ? "" : " — " + row.name()));
        summary.setText(String.format(Locale.ROOT, "Score %s · %s · %s · ARR %,.0f · %s",
                Double.isNaN(row.score()) ? "—" : String.format(Locale.ROOT, "%.1f", row.score()),
                row.band().isEmpty() ? "unscored" : row.band(), row.segment().isEmpty() ? "no segment" : row.segment(),
                Double.isNaN(row.arr()) ? 0 : row.arr(), row.outcome()));
        double[] c = scores.contributions(row.index());
        List<Metric> metrics = scores.model().metrics();
        var series = new XYChart.Series<Number, String>();
        for (int j = 0; j < metrics.size(); j++) {
            double v = Double.isNaN(c[j]) ? 0 : c[j];
            var d = new XYChart.Data<Number, String>(v, metrics.get(j).label());
            String tip = Double.isNaN(c[j]) ? metrics.get(j).label() + ": no value, left out (re-weighted)"
                    : String.format(Locale.ROOT, "%s: %.1f points (%.1f of 10)", metrics.get(j).label(), c[j],
                    row.points()[j]);
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            series.getData().add(d);
        }
        contributions.getData().setAll(List.of(series));
        raw.getItems().clear();
        for (Metric m : metrics) {
            DataColumn col = scores.frame().metricColumns().get(m.key());
            String value = col == null || col.isMissing(row.index()) ? "— (missing or stale)"
                    : col.isCategorical() ? col.category(row.index())
                    : String.format(Locale.ROOT, "%.4g", col.values()[row.index()]);
            raw.getItems().add(m.label() + ": " + value);
        }
        notes.getItems().setAll(accountNotes.stream().map(n -> (n.date() == null ? "" : n.date() + "  ") + n.text()
                + "   (" + n.source() + ")").toList());
    }

    /** The score line, a flat line at each band's lower edge, and a marker at every note on the score line. */
    private void showHistory(Scores scores, org.healthscore.engine.ScoreHistory.Series s, List<AccountNotes.Note> n) {
        history.getData().clear();
        history.setVisible(s != null);
        history.setManaged(s != null);
        if (s == null) {
            return;
        }
        var line = new XYChart.Series<Number, Number>();
        line.setName("Score");
        for (int t = 0; t < s.days().length; t++) {
            if (!Double.isNaN(s.scores()[t])) {
                line.getData().add(new XYChart.Data<>(s.days()[t], s.scores()[t]));
            }
        }
        history.getData().add(line);
        int first = s.days()[0];
        int last = s.days()[s.days().length - 1];
        for (var band : scores.bands()) {
            if (band.lowerBound() <= 0) {
                continue;
            }
            var edge = new XYChart.Series<Number, Number>();
            edge.setName(band.name() + " from " + (int) band.lowerBound());
            edge.getData().add(new XYChart.Data<>(first, band.lowerBound()));
            edge.getData().add(new XYChart.Data<>(last, band.lowerBound()));
            history.getData().add(edge);
            // band colors come from the model; the series' path exists once it is in the chart
            edge.getNode().setStyle("-fx-stroke: " + band.color() + "; -fx-stroke-dash-array: 4 4; -fx-stroke-width: 1.5;");
        }
        var marks = new XYChart.Series<Number, Number>();
        marks.setName("Notes");
        for (AccountNotes.Note note : n) {
            if (note.date() == null) {
                continue;
            }
            int day = (int) java.time.LocalDate.parse(note.date()).toEpochDay();
            if (day < first || day > last) {
                continue;
            }
            int t = Math.min(s.days().length - 1, Math.max(0, (int) Math.round((double) (day - first)
                    / Math.max(1, s.days()[Math.min(1, s.days().length - 1)] - first))));
            double y = Double.isNaN(s.scores()[t]) ? 50 : s.scores()[t];
            var d = new XYChart.Data<Number, Number>(day, y);
            javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(4, javafx.scene.paint.Color.web("#57606a"));
            Tooltip.install(dot, new Tooltip(note.date() + ": " + note.text()));
            d.setNode(dot);
            marks.getData().add(d);
        }
        history.getData().add(marks);
        marks.getNode().setStyle("-fx-stroke: transparent;"); // markers only, no line between notes
        line.getNode().setStyle("-fx-stroke: #24292f; -fx-stroke-width: 2.5;");
    }
}
