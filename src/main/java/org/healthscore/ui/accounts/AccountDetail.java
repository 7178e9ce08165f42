package org.healthscore.ui.accounts;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.healthscore.data.CsmOverride;
import org.healthscore.data.DataColumn;
import org.healthscore.engine.ScoreHistory;
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
    private final ScoreHistoryChart history = new ScoreHistoryChart();
    private final ContributionsOverTimeChart overTime = new ContributionsOverTimeChart();
    private final VBox body = new VBox(8);
    private final ListView<CsmOverride> overrideHistory = new ListView<>();
    private final Button overrideButton = new Button("Override…");
    private final Button removeButton = new Button("Remove override");
    private final OverrideActions actions;
    private AccountRow row;
    private Scores scores;

    AccountDetail(OverrideActions actions) {
        this.actions = actions;
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
        summary.setText(PICK_A_ROW);
        summary.setWrapText(true);
        // hidden until an account is chosen: empty charts would show a meaningless 1970 date axis
        overrideHistory.setId("override-history");
        overrideHistory.setPrefHeight(110);
        overrideHistory.setPlaceholder(new Label("No CSM override on this account."));
        overrideHistory.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wraps at the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(CsmOverride o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : describe(o));
                setTooltip(empty || o == null ? null : new Tooltip(getText())); // the whole note, when cut
            }
        });
        overrideButton.setId("override-add");
        overrideButton.setOnAction(e -> actions.override());
        removeButton.setId("override-remove");
        removeButton.setOnAction(e -> {
            CsmOverride o = overrideHistory.getSelectionModel().getSelectedItem();
            if (o != null) {
                actions.remove(o);
            }
        });
        overrideHistory.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> removeButton
                .setDisable(now == null || row == null || now.statusOn(actions.dayOf(row, scores))
                        != CsmOverride.Status.ACTIVE && now.statusOn(actions.dayOf(row, scores))
                        != CsmOverride.Status.NOT_YET));
        removeButton.setDisable(true);
        javafx.scene.layout.HBox overrideBar = new javafx.scene.layout.HBox(8, new Label("CSM overrides"),
                overrideButton, removeButton);
        overrideBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        body.getChildren().addAll(overrideBar, overrideHistory, history, overTime, contributions,
                new Label("Raw values (as of the scoring date)"), raw, new Label("CSM notes and survey comments"), notes);
        body.setVisible(false);
        body.setManaged(false);
        getChildren().addAll(title, summary, body);
    }

    private static final String PICK_A_ROW = "Pick a row to see its score over time, what each metric contributes "
            + "to it, its raw values and its CSM notes.";

    /** Back to "select an account": nothing of an account from another workspace may stay on screen. */
    void clear() {
        title.setText("Select an account");
        summary.setText(PICK_A_ROW);
        body.setVisible(false);
        body.setManaged(false);
        contributions.getData().clear();
        raw.getItems().clear();
        notes.getItems().clear();
        overrideHistory.getItems().clear();
        row = null;
        scores = null;
    }

    /** The account's overrides, newest first, each with where it stands on the day the account is scored as of. */
    void showOverrides(List<CsmOverride> all) {
        if (row == null) {
            return;
        }
        String id = row.id();
        List<CsmOverride> mine = new java.util.ArrayList<>(all.stream().filter(o -> o.accountId().equals(id)).toList());
        java.util.Collections.reverse(mine);
        overrideHistory.getItems().setAll(mine);
        // as tall as its entries (two lines each, at most three shown), one line when there is none
        overrideHistory.setPrefHeight(mine.isEmpty() ? 40 : Math.min(3, mine.size()) * 50 + 6);
    }

    private String describe(CsmOverride o) {
        int day = actions.dayOf(row, scores);
        CsmOverride.Status status = o.statusOn(day);
        String when = switch (status) {
            case ACTIVE -> "until " + CsmOverride.date(o.until());
            case NOT_YET -> "from " + CsmOverride.date(o.startsOn());
            case EXPIRED -> "expired " + CsmOverride.date(o.until());
            case REMOVED -> "removed " + CsmOverride.date(o.removedOn())
                    + (o.removedBy().isEmpty() ? "" : " by " + o.removedBy());
        };
        return status.label().toUpperCase(Locale.ROOT) + " \u00b7 " + o.change().describe() + " \u00b7 " + when
                + "\n" + (o.author().isEmpty() ? "" : o.author() + ": ") + "\u201c" + o.note() + "\u201d";
    }

    void show(Scores scores, AccountRow row, List<AccountNotes.Note> accountNotes,
              ScoreHistory.Series overTimeSeries, List<CsmOverride> allOverrides) {
        this.row = row;
        this.scores = scores;
        showOverrides(allOverrides);
        body.setVisible(true);
        body.setManaged(true);
        for (var chart : List.of(history, overTime)) {
            chart.setVisible(overTimeSeries != null);
            chart.setManaged(overTimeSeries != null);
        }
        if (overTimeSeries != null) {
            history.show(overTimeSeries, scores.bandsOf(row.index()), accountNotes);
            overTime.show(overTimeSeries, scores.model().metrics());
        }
        title.setText(row.id() + (row.name().isEmpty() ? "" : " — " + row.name()));
        String bandText = row.band().isEmpty() ? "unscored" : row.band();
        if (!row.finalBand().equals(row.band())) {
            bandText = "model " + bandText + " \u2192 " + row.finalBand() + " by a CSM";
        } else if (!row.override().isEmpty()) {
            bandText += " (a CSM override holds)";
        }
        String scoreText = Double.isNaN(row.score()) ? "—" : String.format(Locale.ROOT, "%.1f", row.score());
        if (Double.compare(row.score(), row.finalScore()) != 0 && !Double.isNaN(row.finalScore())) {
            scoreText += String.format(Locale.ROOT, " (%.1f after the CSM's points)", row.finalScore());
        }
        summary.setText(String.format(Locale.ROOT, "Score %s · %s · %s · %s · %s", scoreText,
                bandText, row.segment().isEmpty() ? "no segment" : row.segment(),
                Double.isNaN(row.arr()) ? "no ARR" : String.format(Locale.ROOT, "ARR %,.0f", row.arr()), row.outcome()));
        double[] c = scores.contributions(row.index());
        List<Metric> metrics = scores.model().metrics();
        var series = new XYChart.Series<Number, String>();
        for (int j = 0; j < metrics.size(); j++) {
            double v = Double.isNaN(c[j]) ? 0 : c[j];
            var d = new XYChart.Data<Number, String>(v, metrics.get(j).label());
            String tip = Double.isNaN(c[j]) ? metrics.get(j).label() + ": no value, left out (re-weighted)"
                    : String.format(Locale.ROOT, "%s: %.1f points (%.1f of 10)", metrics.get(j).label(), c[j],
                    row.points()[j]);
            // each metric in the theme's chart color it has in "Contributions over time" (series j there)
            String fill = "-fx-bar-fill: -color-chart-" + (j % 8 + 1) + ";";
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                    node.setStyle(fill);
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
}
