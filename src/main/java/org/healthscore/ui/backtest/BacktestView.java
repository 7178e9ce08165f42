package org.healthscore.ui.backtest;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Backtest;
import org.healthscore.ui.common.TaskBar;
import org.healthscore.ui.overview.BandTable;

/**
 * "Would it have warned us in time?": AUC and the share of churners flagged (two lowest bands) when each account
 * is scored 30, 60, 90 and 180 days before its outcome, side by side. Draws what {@link BacktestViewModel} holds.
 */
public final class BacktestView extends VBox {
    private final BacktestViewModel vm;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    private final Label summary = new Label();
    private final TextField lead = new TextField("60");
    private final BandTable bands = new BandTable();
    private final Label leadFigures = new Label();
    private final HBox leadBar;
    private final org.healthscore.ui.overrides.CsmVerdictPane csm = new org.healthscore.ui.overrides.CsmVerdictPane();

    public BacktestView(BacktestViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(12));
        chart.setId("backtest-chart");
        chart.setTitle("Scored before the outcome: how many churners were in the two lowest bands?");
        chart.getXAxis().setLabel("Days before the outcome");
        chart.getYAxis().setLabel("%");
        chart.setAnimated(false);
        summary.setId("backtest-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        lead.setId("backtest-lead");
        lead.setPrefColumnCount(4);
        lead.setOnAction(e -> vm.setLead(lead.getText()));
        vm.leadProperty().subscribe(lead::setText);
        leadFigures.setId("backtest-lead-figures");
        bands.setId("backtest-bands");
        Label leadLabel = new Label("Lead time (days):");
        leadLabel.setMinWidth(Region.USE_PREF_SIZE); // never cut to "Lead …"
        lead.setMinWidth(Region.USE_PREF_SIZE);
        leadFigures.setWrapText(true); // the figures wrap; the label and the field keep their size
        leadFigures.setMinWidth(0);
        leadBar = new HBox(8, leadLabel, lead, leadFigures);
        HBox.setHgrow(leadFigures, Priority.ALWAYS);
        leadBar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(leadBar, new TaskBar(vm.task(), vm::cancel, "backtest"), bands, summary, chart, csm);
        vm.shownProperty().subscribe(this::show);
    }

    public void setActive(boolean now) {
        vm.setActive(now);
    }

    private void show(BacktestViewModel.Shown shown) {
        if (shown == null) {
            return;
        }
        // without the data it needs, the tab is its one-line reason, not empty charts
        for (Node n : List.of(leadBar, bands, chart)) {
            n.setVisible(shown.needs() == null);
            n.setManaged(shown.needs() == null);
        }
        if (shown.needs() != null) {
            chart.getData().clear();
            leadFigures.setText("");
            csm.show(null, 0);
            return;
        }
        if (shown.chosen() != null) {
            bands.show(shown.chosen().bands());
            leadFigures.setText(BacktestViewModel.headline(shown.chosen()));
        }
        csm.show(shown.csm(), shown.chosen() == null ? 0 : shown.chosen().leadDays());
        // percentages only: AUC is a probability, not a share, so it is in the text, not on this axis
        var accounts = new XYChart.Series<String, Number>();
        accounts.setName("Accounts in the two lowest bands (%)");
        var flagged = new XYChart.Series<String, Number>();
        flagged.setName("Churners in the two lowest bands (%)");
        var flaggedArr = new XYChart.Series<String, Number>();
        flaggedArr.setName("Churned ARR in the two lowest bands (%)");
        for (Backtest.Result r : shown.results()) {
            String days = r.leadDays() + " days";
            accounts.getData().add(new XYChart.Data<>(days, finite(100 * BacktestViewModel.lowestTwoShare(r))));
            flagged.getData().add(new XYChart.Data<>(days, finite(100 * r.capturedChurned())));
            flaggedArr.getData().add(new XYChart.Data<>(days, finite(100 * r.capturedChurnedArr())));
        }
        chart.getData().setAll(List.of(flagged, flaggedArr, accounts));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
