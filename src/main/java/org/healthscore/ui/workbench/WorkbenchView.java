package org.healthscore.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.ui.FileDialogs;
import org.healthscore.ui.alerts.AlertsView;
import org.healthscore.ui.backtest.BacktestView;
import org.healthscore.ui.charts.ScoreHistogramChart;
import org.healthscore.ui.metric.MetricEditor;
import org.healthscore.ui.overview.OverviewPane;
import org.healthscore.ui.signals.SignalsView;
import org.healthscore.ui.weights.WeightsPanel;
import org.healthscore.ui.workspace.TimeControls;

/**
 * The main screen: weights on the left; headline figures with their Δ, the four charts and the band table in
 * the center. Every chart is redrawn from each recompute result, while a slider moves too.
 */
public final class WorkbenchView extends BorderPane {
    private final OverviewPane overview;
    private final WorkbenchViewModel vm;
    private javafx.scene.control.TabPane tabs;

    public WorkbenchView(WorkbenchViewModel vm, FileDialogs dialogs) {
        this.vm = vm;
        overview = new OverviewPane(name -> dialogs.save("Save chart as PNG", name, "PNG image", ".png"), vm.session().status()::notify);
        overview.histogram().setOnEdgeMoved((band, score, dragging) -> vm.bands().moveBandEdge(band, score, dragging));
        org.healthscore.ui.accounts.AccountsView accounts = new org.healthscore.ui.accounts.AccountsView(
                new org.healthscore.ui.accounts.AccountsViewModel(vm.session()), vm.overrides());
        javafx.scene.control.Tab overviewTab = new javafx.scene.control.Tab("Overview",
                new org.healthscore.ui.common.ScrollWhenShort(overview)); // charts never squashed (workbench.css)
        javafx.scene.control.Tab accountsTab = new javafx.scene.control.Tab("Accounts", accounts);
        accountsTab.setId("tab-accounts");
        accountsTab.selectedProperty().addListener((o, a, now) -> accounts.setActive(now));
        BacktestView backtest = new BacktestView(vm.backtest());
        javafx.scene.control.Tab backtestTab = new javafx.scene.control.Tab("Backtest", backtest);
        backtestTab.selectedProperty().addListener((o, a, now) -> backtest.setActive(now));
        AlertsView alerts = new AlertsView(vm.alerts());
        javafx.scene.control.Tab alertsTab = new javafx.scene.control.Tab("Alerts", alerts);
        alertsTab.selectedProperty().addListener((o, a, now) -> alerts.setActive(now));
        SignalsView signals = new SignalsView(vm.signals());
        javafx.scene.control.Tab signalsTab = new javafx.scene.control.Tab("What dropped first", signals);
        signalsTab.selectedProperty().addListener((o, a, now) -> signals.setActive(now));
        org.healthscore.ui.compare.CompareView compare = new org.healthscore.ui.compare.CompareView(vm.compare());
        javafx.scene.control.Tab compareTab = new javafx.scene.control.Tab("Compare", compare);
        compareTab.setId("tab-compare");
        compareTab.selectedProperty().addListener((o, a, now) -> compare.setActive(now));
        org.healthscore.ui.drift.DriftView drift = new org.healthscore.ui.drift.DriftView(vm.drift());
        javafx.scene.control.Tab driftTab = new javafx.scene.control.Tab("Drift", drift);
        driftTab.setId("tab-drift");
        driftTab.selectedProperty().addListener((o, a, now) -> drift.setActive(now));
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(overviewTab, accountsTab, backtestTab,
                alertsTab, signalsTab, compareTab, driftTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().forEach(WorkbenchView::inSceneOnlyWhileSelected);
        tabs.setId("workbench-tabs");
        vm.session().accountToShowProperty().addListener((o, a, id) -> {
            if (id != null) {
                tabs.getSelectionModel().select(accountsTab);
            }
        });
        vm.overrides().shownProperty().subscribe(shown -> overview.setOverrides(
                org.healthscore.ui.overrides.OverridesLine.of(shown),
                org.healthscore.ui.overrides.OverridesLine.brief(shown), () -> {
                    tabs.getSelectionModel().select(accountsTab);
                    accounts.showOverridden();
                }, shown == null ? null : shown.result(), shown == null ? null : shown.after()));
        vm.drift().watch().lineProperty().subscribe(line -> overview.setDriftLine(line,
                () -> tabs.getSelectionModel().select(driftTab)));
        setCenter(tabs);
        this.tabs = tabs;
        ScrollPane left = new ScrollPane(new WeightsPanel(vm.session(), vm.weights(), vm.metrics(),
                new TimeControls(vm.session(), vm.workspaces())));
        left.setFitToWidth(true);
        left.getStyleClass().add("weights-pane"); // widths in workbench.css: wider in presentation mode
        setLeft(left);
        MetricEditor editor = new MetricEditor(
                new org.healthscore.ui.metric.MetricEditorViewModel(vm.session(), vm.metrics()), vm.metricSuggestions(),
                () -> org.healthscore.ui.compare.ScenarioDialogs.saveAs(getScene().getWindow(), vm.compare().scenarios(),
                        vm.session().design().modelProperty().get(),
                        vm.session().design().modelProperty().get().name() + " (fitted points)"));
        ScrollPane right = new ScrollPane(editor);
        right.setFitToWidth(true);
        right.getStyleClass().add("metric-editor-pane");
        // in the scene only while a metric is selected (see inSceneOnlyWhileSelected)
        editor.visibleProperty().addListener((o, was, shown) -> setRight(shown ? right : null));
        setRight(editor.isVisible() ? right : null);
        setBottom(statusBar(vm));
        vm.session().workspace().workspaceProperty().subscribe(w -> {
            overview.setArrKnown(w == null || w.coverage().arr());
            overview.setAsOf(w == null ? null : w.asOfDate());
        });
        vm.session().design().resultProperty().subscribe(this::show);
    }

    /**
     * The tab's content is in the scene only while the tab is selected. Every frame JavaFX walks every node in the
     * scene (bounds, CSS), hidden ones too: the other tabs' tables and charts were 40 % of the window's nodes, and
     * before the JIT had compiled that walk it took a fifth of the FX thread's time in a drag.
     */
    private static void inSceneOnlyWhileSelected(javafx.scene.control.Tab tab) {
        javafx.scene.Node content = tab.getContent();
        tab.selectedProperty().addListener((o, was, selected) -> tab.setContent(selected ? content : null));
        if (!tab.isSelected()) {
            tab.setContent(null);
        }
    }

    /** Shows the Overview with chart {@code index} enlarged to the whole tab, or returns it (View → Enlarge). */
    public void toggleEnlargedChart(int index) {
        tabs.getSelectionModel().select(0);
        overview.toggleEnlarged(index);
    }

    /**
     * Presentation mode: the headline figures in one row across the whole window, above the weights and the tabs
     * (on every tab), so that a projector's 1280 px hold all of them at a size a room can read.
     */
    public void setPresentation(boolean on) {
        javafx.scene.Node headline = overview.setPresentation(on);
        if (headline != null) {
            BorderPane.setMargin(headline, new Insets(8, 12, 0, 12));
        }
        setTop(headline);
    }

    private void show(RecomputeResult r) {
        if (r != null) {
            overview.show(r, vm.session().design().baselineProperty().get(), vm.bands().viewBands(r.model()));
        }
    }

    private static HBox statusBar(WorkbenchViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.session().status().statusProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.session().status().busyProperty());
        HBox bar = new HBox(8, spinner, status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    public ScoreHistogramChart histogram() {
        return overview.histogram();
    }
}
