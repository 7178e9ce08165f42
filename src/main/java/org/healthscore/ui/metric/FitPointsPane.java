package org.healthscore.ui.metric;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.healthscore.model.Metric;
import org.healthscore.ui.session.Session;

/**
 * "Fit points from data" in the metric editor: the button (Cancel fitting while a fit runs), enabled when the
 * workspace has outcomes, and the fit's figures below it.
 */
final class FitPointsPane extends VBox {
    private final Button fit = new Button("Fit points from data");
    private final Label result = new Label();
    /** Turns while a fit runs (five folds, each of several candidate shapes: no step count to show). */
    private final ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    /** The running fit's cancel flag, or null when none runs. */
    private AtomicBoolean fitting;

    /** Saves the model with the fitted points as a scenario, to compare it with the points before (Compare tab). */
    private final javafx.scene.control.Hyperlink saveScenario = new javafx.scene.control.Hyperlink(
            "Save the model with these points as a scenario…");

    FitPointsPane(Session vm, MetricSuggestions suggestions, Supplier<Metric> shown, Runnable saveAsScenario) {
        super(8);
        fit.setId("fit-points");
        fit.setMaxWidth(Double.MAX_VALUE);
        fit.setTooltip(new Tooltip("Learn this metric's points from churn: bins whose points follow the churn rate "
                + "(rising, falling, peaked or valley-shaped) or a line, or points per category, and the missing "
                + "policy — learned on each fold's training part and cross-validated. One undo step."));
        result.setId("fit-result");
        working.setId("fit-progress");
        working.setMaxWidth(Double.MAX_VALUE);
        working.setVisible(false);
        working.managedProperty().bind(working.visibleProperty());
        result.setWrapText(true);
        fit.setOnAction(e -> {
            if (fitting != null) {
                fitting.set(true);
                return;
            }
            Metric metric = shown.get();
            String view = vm.design().segmentViewProperty().get(); // fitted on that segment's accounts, if any
            String label = metric.label() + (view == null ? "" : " in " + view);
            AtomicBoolean cancelled = new AtomicBoolean();
            fitting = cancelled;
            fit.setText("Cancel fitting");
            working.setVisible(true);
            result.setText("Fitting points from churn (5 folds)…");
            suggestions.fitPoints(metric.key(), cancelled::get).whenComplete((done, error) ->
                    Platform.runLater(() -> {
                        fitting = null;
                        fit.setText("Fit points from data");
                        working.setVisible(false);
                        saveScenario.setVisible(done != null && done.refusal() == null && !cancelled.get());
                        if (metric.key().equals(vm.selectedMetricProperty().get())) {
                            result.setText(cancelled.get() ? "Fitting cancelled; nothing changed." : done == null ? ""
                                    : done.refusal() != null ? "Cannot fit points: " + done.refusal()
                                    : FitMessages.fitted(label, done));
                        }
                    }));
        });
        fit.disableProperty().bind(vm.workspace().workspaceProperty().map(w -> !w.coverage().outcomes()).orElse(true));
        saveScenario.setId("fit-save-scenario");
        saveScenario.setVisible(false);
        saveScenario.managedProperty().bind(saveScenario.visibleProperty());
        saveScenario.setOnAction(e -> saveAsScenario.run());
        getChildren().addAll(fit, working, result, saveScenario);
    }

    void clear() {
        result.setText("");
        saveScenario.setVisible(false);
    }
}
