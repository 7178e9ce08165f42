package org.healthscore.ui.workbench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.healthscore.engine.calibration.Calibration;
import org.healthscore.engine.calibration.WeightCalibrator;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/**
 * Model → Suggest weights…: fits non-negative weights to churn on the current metrics' points (accounts with an
 * outcome, scored before it as the workbench does), in the background with progress and Cancel; then shows the
 * suggestion with its in-sample and cross-validated AUC next to the current weights', to preview on every chart
 * and keep or reject (both undoable).
 */
public final class SuggestWeightsDialog extends VBox {
    private static final int FOLDS = 5;

    /** The fit for all accounts, and a line per segment fitted on its own accounts. */
    private record Fitted(Calibration all, String perSegment) {
    }

    private SuggestWeightsDialog(Stage stage, WorkbenchViewModel vm) {
        setSpacing(10);
        setPadding(new Insets(14));
        setPrefWidth(560);
        Label status = new Label("Fitting weights to churn (5-fold cross-validation)…");
        status.setId("suggest-status");
        status.setWrapText(true);
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(400);
        Button cancel = new Button("Cancel");
        cancel.setId("suggest-cancel");
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(4);
        Button preview = new Button("Preview on the charts");
        preview.setId("suggest-preview");
        Button keep = new Button("Keep");
        keep.setId("suggest-keep");
        Button reject = new Button("Reject");
        reject.setId("suggest-reject");
        HBox actions = new HBox(8, preview, keep, reject);
        actions.setVisible(false);
        getChildren().addAll(status, new HBox(8, progress, cancel), table, actions);

        HealthModel before = vm.modelProperty().get();
        var result = vm.resultProperty().get();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean previewed = new AtomicBoolean();
        cancel.setOnAction(e -> cancelled.set(true));
        stage.setOnHidden(e -> cancelled.set(true));
        double[] current = before.metrics().stream().mapToDouble(Metric::weight).toArray();
        Label perSegment = new Label();
        perSegment.setId("suggest-segments");
        perSegment.setWrapText(true);
        getChildren().add(3, perSegment);
        vm.onWorkspace(w -> {
            var scores = result.scores();
            Calibration all = WeightCalibrator.calibrate(scores.points(), scores.frame().accounts().outcome(), current,
                    FOLDS, cancelled::get, (done, total) -> Platform.runLater(() -> progress.setProgress(
                            (double) done / total)));
            // with segments, each one is fitted on its own accounts too (for information: they may differ)
            StringBuilder text = new StringBuilder();
            for (int seg = 0; seg < before.segments().size(); seg++) {
                var c = WeightCalibrator.calibrateSegment(scores.points(), scores.frame().accounts().outcome(),
                        scores.segmentOf(), seg, scores.weightsBySegment()[seg + 1], FOLDS, cancelled::get,
                        WeightCalibrator.Progress.NONE);
                text.append(String.format(Locale.ROOT, "Segment %s (%,d accounts): suggested %s — cross-validated AUC "
                        + "%.3f vs %.3f with its current weights%s%n", before.segments().get(seg).name(), c.accounts(),
                        shares(before, c.suggestedPercent()), c.suggestedCvAuc(), c.currentCvAuc(),
                        c.overfitWarning() ? " (over-fitted: keep the current weights)" : ""));
            }
            return new Fitted(all, text.toString());
        })
                .whenComplete((fitted, error) -> Platform.runLater(() -> {
                    cancel.setDisable(true);
                    if (error != null) {
                        status.setText(cancelled.get() ? "Cancelled; nothing changed."
                                : "Could not fit weights: " + ModelFileCommands.cause(error).getMessage());
                        return;
                    }
                    progress.setProgress(1);
                    Calibration c = fitted.all();
                    show(c, before, table, status);
                    perSegment.setText(fitted.perSegment());
                    HealthModel suggested = withWeights(before, c.suggestedPercent());
                    actions.setVisible(true);
                    stage.sizeToScene(); // the report added rows: grow the window to show them and the buttons
                    preview.setOnAction(e -> {
                        vm.setModel(suggested);
                        previewed.set(true);
                    });
                    keep.setOnAction(e -> {
                        if (!previewed.get()) {
                            vm.setModel(suggested);
                        }
                        stage.close();
                    });
                    reject.setOnAction(e -> {
                        if (previewed.get()) {
                            vm.undo();
                        }
                        stage.close();
                    });
                }));
    }

    public static void show(Stage owner, WorkbenchViewModel vm) {
        if (vm.resultProperty().get() == null || vm.modelProperty().get().metrics().isEmpty()) {
            vm.notify("Nothing to calibrate yet: the model needs metrics and scores.");
            return;
        }
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Suggest weights");
        Scene scene = new Scene(new SuggestWeightsDialog(s, vm));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        s.show();
    }

    private static void show(Calibration c, HealthModel before, GridPane table, Label status) {
        table.addRow(0, bold("Metric"), bold("Current"), bold("Suggested"));
        double total = before.totalWeight();
        for (int j = 0; j < before.metrics().size(); j++) {
            Metric m = before.metrics().get(j);
            Label suggested = new Label(String.format(Locale.ROOT, "%.1f %%", c.suggestedPercent()[j]));
            suggested.setId("suggested-" + m.key());
            table.addRow(j + 1, new Label(m.label()), new Label(String.format(Locale.ROOT, "%.1f %%",
                    total > 0 ? 100 * m.weight() / total : 0)), suggested);
        }
        status.setText(String.format(Locale.ROOT, "On %,d accounts with an outcome. AUC — suggested: %.3f in-sample, "
                        + "%.3f cross-validated; current weights: %.3f in-sample, %.3f cross-validated; unconstrained "
                        + "logistic regression: %.3f cross-validated.%s", c.accounts(), c.suggestedAuc(),
                c.suggestedCvAuc(), c.currentAuc(), c.currentCvAuc(), c.logisticCvAuc(),
                c.overfitWarning() ? "\nWarning: the in-sample gain does not survive cross-validation — the "
                        + "suggestion is likely over-fitted; keep the current weights." : ""));
    }

    private static String shares(HealthModel model, double[] percent) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < percent.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(model.metrics().get(j).key())
                    .append(String.format(Locale.ROOT, " %.0f %%", percent[j]));
        }
        return sb.toString();
    }

    private static HealthModel withWeights(HealthModel model, double[] percent) {
        List<Metric> metrics = new java.util.ArrayList<>();
        for (int j = 0; j < model.metrics().size(); j++) {
            metrics.add(model.metrics().get(j).withWeight(Math.round(percent[j] * 10) / 10.0));
        }
        return model.withMetrics(metrics);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }
}
