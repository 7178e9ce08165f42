package org.healthscore.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.ui.charts.ScoreHistogramChart;

/** The main screen: metrics on the left, headline figures, distribution and band table in the center. */
public final class WorkbenchView extends BorderPane {
    private final ScoreHistogramChart histogram = new ScoreHistogramChart();
    private final HeadlineFigures figures = new HeadlineFigures();
    private final BandTable bandTable = new BandTable();
    private final MetricsPanel metrics = new MetricsPanel();

    public WorkbenchView(WorkbenchViewModel vm) {
        histogram.setId("score-histogram");
        VBox.setVgrow(histogram, Priority.ALWAYS);
        VBox center = new VBox(8, figures, histogram, bandTable);
        center.setPadding(new Insets(12));
        setCenter(center);
        ScrollPane left = new ScrollPane(metrics);
        left.setFitToWidth(true);
        left.setPrefWidth(300);
        setLeft(left);
        setBottom(statusBar(vm));

        vm.modelProperty().addListener((obs, old, model) -> metrics.show(model));
        vm.resultProperty().addListener((obs, old, result) -> show(result));
    }

    private void show(RecomputeResult r) {
        if (r == null) {
            return;
        }
        histogram.show(r.evaluation().histogram(), r.scores().bands());
        figures.show(r.evaluation());
        bandTable.show(r.evaluation());
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
