package org.healthscore.ui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.model.HealthModel;

/**
 * "Would it have warned us in time?": AUC and the share of churners flagged (two lowest bands) when each account
 * is scored 30, 60, 90 and 180 days before its outcome, side by side. Recomputed for the model on screen.
 */
public final class BacktestView extends VBox {
    static final int[] LEADS = {30, 60, 90, 180};
    private final WorkbenchViewModel vm;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    private final Label summary = new Label();
    private final javafx.scene.control.TextField lead = new javafx.scene.control.TextField("60");
    private final BandTable bands = new BandTable();
    private final Label leadFigures = new Label();
    private final TabFollow follow;
    private final javafx.scene.layout.HBox leadBar;

    public BacktestView(WorkbenchViewModel vm) {
        this.vm = vm;
        this.follow = new TabFollow(vm, this::refresh);
        setSpacing(8);
        setPadding(new Insets(12));
        chart.setId("backtest-chart");
        chart.setTitle("Scored before the outcome: how many churners were in the two lowest bands?");
        chart.getXAxis().setLabel("Days before the outcome");
        chart.getYAxis().setLabel("%");
        chart.setAnimated(false);
        summary.setId("backtest-summary");
        summary.setWrapText(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        lead.setId("backtest-lead");
        lead.setPrefColumnCount(4);
        lead.setOnAction(e -> {
            follow.invalidate();
            refresh();
        });
        // starts from the workbench's own lead time (left panel), and follows it when it changes there
        vm.workspaceProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.asOf().leadDays() != now.asOf().leadDays())
                    && now.asOf().usesLead()) {
                lead.setText(Integer.toString(now.asOf().leadDays()));
            }
        });
        leadFigures.setId("backtest-lead-figures");
        bands.setId("backtest-bands");
        Label leadLabel = new Label("Lead time (days):");
        leadLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "Lead …"
        lead.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        leadFigures.setWrapText(true); // the figures wrap; the label and the field keep their size
        leadFigures.setMinWidth(0);
        leadBar = new javafx.scene.layout.HBox(8, leadLabel, lead, leadFigures);
        javafx.scene.layout.HBox.setHgrow(leadFigures, Priority.ALWAYS);
        leadBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(leadBar, bands, summary, chart);
    }

    public void setActive(boolean now) {
        follow.setActive(now);
    }

    private void refresh() {
        TabFollow.Key key = follow.pending();
        if (key == null) {
            return;
        }
        HealthModel model = key.model();
        var typed = vm.workspaces().typedLeadDays(lead.getText());
        if (typed.isEmpty()) {
            return;
        }
        String needs = key.workspace().coverage().backtestNeeds();
        showFigures(needs == null); // without the data it needs, the tab is its one-line reason, not empty charts
        if (needs != null) {
            follow.computed(key);
            chart.getData().clear();
            leadFigures.setText("");
            summary.setText(needs);
            return;
        }
        int chosen = typed.getAsInt();
        int[] leads = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(chosen),
                java.util.Arrays.stream(LEADS)).distinct().sorted().toArray();
        summary.setText("Scoring every account with an outcome as of 30, 60, 90 and 180 days before it…");
        vm.onWorkspace(w -> Backtest.run(key.workspace().dataset(), model, leads, Cancel.NEVER))
                .whenComplete((results, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        summary.setText("Backtest failed: " + ModelFileCommands.cause(error).getMessage());
                        return;
                    }
                    follow.computed(key);
                    show(results);
                    results.stream().filter(r -> r.leadDays() == chosen).findFirst().ifPresent(r -> {
                        bands.show(r.bands());
                        double held = lowestTwoShare(r);
                        leadFigures.setText(String.format(Locale.ROOT, "AUC %.3f · %.0f %% of churners and %.0f %% of "
                                + "churned ARR were in the two lowest bands %d days ahead, which hold %.0f %% of the "
                                + "accounts (lift %.1f)", r.auc(), 100 * r.capturedChurned(),
                                100 * r.capturedChurnedArr(), chosen, 100 * held,
                                held > 0 ? r.capturedChurned() / held : Double.NaN));
                    });
                }));
    }

    private void showFigures(boolean on) {
        for (javafx.scene.Node n : List.of(leadBar, bands, chart)) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    /** The share of the accounts in the two lowest bands: what the churners caught there should be read against. */
    public static double lowestTwoShare(Backtest.Result r) {
        List<org.healthscore.engine.Evaluation.BandRow> rows = r.bands();
        double share = 0;
        for (int b = Math.max(0, rows.size() - 2); b < rows.size(); b++) {
            share += rows.get(b).share();
        }
        return share;
    }

    private void show(List<Backtest.Result> results) {
        // percentages only: AUC is a probability, not a share, so it is in the text, not on this axis
        var accounts = new XYChart.Series<String, Number>();
        accounts.setName("Accounts in the two lowest bands (%)");
        var flagged = new XYChart.Series<String, Number>();
        flagged.setName("Churners in the two lowest bands (%)");
        var flaggedArr = new XYChart.Series<String, Number>();
        flaggedArr.setName("Churned ARR in the two lowest bands (%)");
        StringBuilder text = new StringBuilder();
        for (Backtest.Result r : results) {
            String lead = r.leadDays() + " days";
            accounts.getData().add(new XYChart.Data<>(lead, finite(100 * lowestTwoShare(r))));
            flagged.getData().add(new XYChart.Data<>(lead, finite(100 * r.capturedChurned())));
            flaggedArr.getData().add(new XYChart.Data<>(lead, finite(100 * r.capturedChurnedArr())));
            text.append(String.format(Locale.ROOT, "%d days ahead: AUC %.3f, %.0f %% of %,d churners flagged in "
                    + "%.0f %% of the accounts.   ", r.leadDays(), r.auc(), 100 * r.capturedChurned(), r.churned(),
                    100 * lowestTwoShare(r)));
        }
        chart.getData().setAll(List.of(flagged, flaggedArr, accounts));
        summary.setText(text.toString().trim());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
