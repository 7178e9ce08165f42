package org.healthscore.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.ui.FileDialogs;
import org.healthscore.ui.charts.BandChurnChart;
import org.healthscore.ui.charts.ChartCard;
import org.healthscore.ui.charts.DecileChart;
import org.healthscore.ui.charts.RocChart;
import org.healthscore.ui.charts.ScoreHistogramChart;

/**
 * The main screen: weights on the left; headline figures with their Δ, the four charts and the band table in
 * the center. Every chart is redrawn from each recompute result, while a slider moves too.
 */
public final class WorkbenchView extends BorderPane {
    private final ScoreHistogramChart histogram = new ScoreHistogramChart();
    private long tableShownAt;
    private final BandChurnChart bandChurn = new BandChurnChart();
    private final DecileChart deciles = new DecileChart();
    private final RocChart roc = new RocChart();
    private final HeadlineFigures figures = new HeadlineFigures();
    private final BandTable bandTable = new BandTable();
    private final WorkbenchViewModel vm;

    public WorkbenchView(WorkbenchViewModel vm, FileDialogs dialogs) {
        this.vm = vm;
        histogram.setId("score-histogram");
        histogram.setOnEdgeMoved((band, score, dragging) -> vm.models().moveBandEdge(band, score, dragging));
        bandChurn.setId("band-churn");
        deciles.setId("decile-chart");
        roc.setId("roc-chart");
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.add(card(histogram, "score-distribution.png", dialogs), 0, 0);
        charts.add(card(bandChurn, "churn-per-band.png", dialogs), 1, 0);
        charts.add(card(deciles, "churn-per-decile.png", dialogs), 0, 1);
        charts.add(card(roc, "roc-curve.png", dialogs), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            charts.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(r);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox overview = new VBox(8, figures, charts, bandTable);
        overview.setPadding(new Insets(12));
        org.healthscore.ui.accounts.AccountsView accounts = new org.healthscore.ui.accounts.AccountsView(vm);
        javafx.scene.control.Tab overviewTab = new javafx.scene.control.Tab("Overview", overview);
        javafx.scene.control.Tab accountsTab = new javafx.scene.control.Tab("Accounts", accounts);
        accountsTab.setId("tab-accounts");
        accountsTab.selectedProperty().addListener((o, a, now) -> accounts.setActive(now));
        BacktestView backtest = new BacktestView(vm);
        javafx.scene.control.Tab backtestTab = new javafx.scene.control.Tab("Backtest", backtest);
        backtestTab.selectedProperty().addListener((o, a, now) -> backtest.setActive(now));
        AlertsView alerts = new AlertsView(vm);
        javafx.scene.control.Tab alertsTab = new javafx.scene.control.Tab("Alerts", alerts);
        alertsTab.selectedProperty().addListener((o, a, now) -> alerts.setActive(now));
        SignalsView signals = new SignalsView(vm);
        javafx.scene.control.Tab signalsTab = new javafx.scene.control.Tab("What dropped first", signals);
        signalsTab.selectedProperty().addListener((o, a, now) -> signals.setActive(now));
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(overviewTab, accountsTab, backtestTab,
                alertsTab, signalsTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("workbench-tabs");
        setCenter(tabs);
        ScrollPane left = new ScrollPane(new WeightsPanel(vm));
        left.setFitToWidth(true);
        left.getStyleClass().add("weights-pane"); // widths in workbench.css: wider in presentation mode
        setLeft(left);
        MetricEditor editor = new MetricEditor(vm);
        ScrollPane right = new ScrollPane(editor);
        right.setFitToWidth(true);
        right.getStyleClass().add("metric-editor-pane");
        right.visibleProperty().bind(editor.visibleProperty());
        right.managedProperty().bind(editor.visibleProperty());
        setRight(right);
        setBottom(statusBar(vm));
        vm.resultProperty().addListener((obs, old, result) -> show(result));
    }

    private ChartCard card(javafx.scene.chart.Chart chart, String fileName, FileDialogs dialogs) {
        return new ChartCard(chart, fileName, name -> dialogs.save("Save chart as PNG", name, "PNG image", ".png"),
                vm::notify);
    }

    private void show(RecomputeResult r) {
        if (r == null) {
            return;
        }
        Evaluation e = r.evaluation();
        RecomputeResult before = vm.baselineProperty().get();
        histogram.show(e.histogram(), r.scores().bands(), vm.models().viewBands(r.model()));
        bandChurn.show(e.bandRows());
        deciles.show(e.deciles());
        roc.show(e);
        figures.show(e, before == null ? null : before.evaluation());
        // the table is read, not watched: during a drag it follows a few times a second, and exactly on release
        long now = System.nanoTime();
        if (r.options().exact() || now - tableShownAt > 250_000_000L) {
            bandTable.show(e);
            tableShownAt = now;
        }
    }

    private static HBox statusBar(WorkbenchViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, spinner, status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    public ScoreHistogramChart histogram() {
        return histogram;
    }
}
