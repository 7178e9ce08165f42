package org.healthscore.ui.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.healthscore.engine.calibration.Calibration;
import org.healthscore.engine.calibration.WeightCalibrator;
import org.healthscore.engine.calibration.WeightSuggestion;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.Session;

/**
 * Model → Suggest weights…: fits non-negative weights to churn on the current metrics' points (accounts with an
 * outcome, scored before it as the workbench does), in the background with progress and Cancel; then shows the
 * suggestion with its in-sample and cross-validated AUC next to the current weights', to preview on every chart
 * and keep or reject (both undoable). With segments, each is also fitted on its own accounts and can take
 * that fit (a tick box per segment).
 */
public final class SuggestWeightsDialog extends VBox {
    private final SuggestWeightsViewModel vm;
    private final HealthModel before;
    private final List<CheckBox> segmentChoices = new ArrayList<>();
    private WeightSuggestion suggestion;

    private SuggestWeightsDialog(Stage stage, SuggestWeightsViewModel vm,
                                 org.healthscore.ui.compare.ScenarioCommands scenarios) {
        this.vm = vm;
        this.before = vm.before();
        setSpacing(10);
        setPadding(new Insets(14));
        setPrefWidth(600);
        Label status = new Label("Fitting weights to churn (5-fold cross-validation)…");
        status.setId("suggest-status");
        status.setWrapText(true);
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(400);
        progress.progressProperty().bind(vm.task().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("suggest-cancel");
        cancel.disableProperty().bind(vm.task().runningProperty().not());
        cancel.setOnAction(e -> {
            vm.cancel();
            status.setText("Cancelled; nothing changed.");
        });
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(4);
        VBox perSegment = new VBox(4);
        perSegment.setId("suggest-segments");
        Button preview = new Button("Preview on the charts");
        preview.setId("suggest-preview");
        Button keep = new Button("Keep");
        keep.setId("suggest-keep");
        keep.setDefaultButton(true);
        Button reject = new Button("Reject");
        reject.setId("suggest-reject");
        reject.setCancelButton(true);
        Button asScenario = new Button("Save as scenario…");
        asScenario.setId("suggest-save-scenario");
        asScenario.setOnAction(e -> org.healthscore.ui.compare.ScenarioDialogs.saveAs(stage, scenarios,
                vm.suggested(suggestion, taken()), before.name() + " (suggested weights)"));
        HBox actions = new HBox(8, preview, keep, reject, asScenario);
        actions.setVisible(false);
        // what the user asks beyond the best fit: a floor per metric, a pull toward the current weights
        int k = before.metrics().size();
        javafx.scene.control.Spinner<Integer> floor = new javafx.scene.control.Spinner<>(0, Math.max(0, 100 / k), 0);
        floor.setId("suggest-floor");
        floor.setPrefWidth(80);
        javafx.scene.control.Slider pull = new javafx.scene.control.Slider(0, 100, 0);
        pull.setId("suggest-pull");
        pull.setMajorTickUnit(25);
        pull.setShowTickLabels(true);
        pull.setPrefWidth(220);
        Label pullValue = new Label("0 %");
        pullValue.textProperty().bind(pull.valueProperty().map(v -> Math.round(v.doubleValue()) + " %"));
        floor.setMinWidth(Region.USE_PREF_SIZE);
        pullValue.setMinWidth(Region.USE_PREF_SIZE);
        GridPane regularization = new GridPane();
        regularization.setHgap(8);
        regularization.setVgap(6);
        regularization.addRow(0, new Label("Each metric gets at least"), new HBox(6, floor, new Label("% of the weight")));
        regularization.addRow(1, new Label("Pull toward the current weights"), new HBox(6, pull, pullValue));
        regularization.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE); // never cut to "…"
            }
        });
        getChildren().addAll(status, new HBox(8, progress, cancel), regularization, table, perSegment, actions);

        stage.setOnHidden(e -> vm.cancel());
        Runnable refit = () -> fit(new WeightCalibrator.Regularization(floor.getValue(),
                Math.round(pull.getValue()) / 100.0), stage, status, table, perSegment, actions);
        floor.valueProperty().addListener((o, a, v) -> refit.run());
        pull.valueChangingProperty().addListener((o, was, now) -> {
            if (was && !now) {
                refit.run();
            }
        });
        pull.setOnKeyReleased(e -> refit.run());
        preview.setOnAction(e -> preview());
        keep.setOnAction(e -> {
            if (!vm.previews(suggestion, taken())) {
                preview();
            }
            stage.close();
        });
        reject.setOnAction(e -> {
            vm.undoPreview();
            stage.close();
        });
        refit.run();
    }

    /** Fits for the floor and pull chosen; a newer fit (they changed) replaces one still running. */
    private void fit(WeightCalibrator.Regularization reg, Stage stage, Label status, GridPane table, VBox perSegment,
                     HBox actions) {
        status.setText("Fitting weights to churn (5-fold cross-validation)…");
        vm.fit(reg, fitted -> {
            suggestion = fitted;
            table.getChildren().clear();
            perSegment.getChildren().clear();
            segmentChoices.clear();
            show(fitted.all(), before, table, status, reg, vm.headlineAuc());
            showSegments(fitted, perSegment);
            actions.setVisible(true);
            stage.sizeToScene(); // the report added rows: grow the window to show them and the buttons
        }, error -> status.setText("Could not fit weights: " + Errors.cause(error).getMessage()));
    }

    /** The segments whose own fit is ticked. */
    private Set<Integer> taken() {
        Set<Integer> taken = new HashSet<>();
        for (int s = 0; s < segmentChoices.size(); s++) {
            if (segmentChoices.get(s).isSelected()) {
                taken.add(s);
            }
        }
        return taken;
    }

    /** Shows the chosen suggestion on every chart, replacing an earlier preview (so one undo step in all). */
    private void preview() {
        vm.preview(suggestion, taken());
    }

    /** A tick box per segment: take its own fit (on by default unless it looks over-fitted). */
    private void showSegments(WeightSuggestion fitted, VBox box) {
        for (int seg = 0; seg < fitted.bySegment().size(); seg++) {
            Calibration c = fitted.bySegment().get(seg);
            String name = before.segments().get(seg).name();
            CheckBox take = new CheckBox(String.format(Locale.ROOT, "Segment %s (%,d accounts): its own weights %s — "
                            + "cross-validated AUC %.3f vs %.3f with its current weights%s", name, c.accounts(),
                    shares(before, c.suggestedPercent()), c.suggestedCvAuc(), c.currentCvAuc(),
                    c.overfitWarning() ? " (over-fitted: keep the current weights)" : ""));
            take.setId("suggest-segment-" + name);
            take.setWrapText(true);
            take.setSelected(!c.overfitWarning() && c.accounts() > 0);
            segmentChoices.add(take);
            box.getChildren().add(take);
        }
    }

    /** @param scenarios where "Save as scenario…" saves the suggested weights */
    public static void show(Stage owner, Session session, org.healthscore.ui.compare.ScenarioCommands scenarios) {
        if (!SuggestWeightsViewModel.canSuggest(session)) {
            session.status().notify("Nothing to calibrate yet: the model needs metrics and scores.");
            return;
        }
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Suggest weights");
        Scene scene = new Scene(new SuggestWeightsDialog(s, new SuggestWeightsViewModel(session), scenarios));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        s.show();
    }

    private static void show(Calibration c, HealthModel before, GridPane table, Label status,
                             WeightCalibrator.Regularization reg, double headline) {
        table.addRow(0, bold("Metric"), bold("Current"), bold("Suggested"));
        double total = before.totalWeight();
        for (int j = 0; j < before.metrics().size(); j++) {
            Metric m = before.metrics().get(j);
            Label suggested = new Label(String.format(Locale.ROOT, "%.1f %%", c.suggestedPercent()[j]));
            suggested.setId("suggested-" + m.key());
            table.addRow(j + 1, new Label(m.label()), new Label(String.format(Locale.ROOT, "%.1f %%",
                    total > 0 ? 100 * m.weight() / total : 0)), suggested);
        }
        boolean asked = reg.floorPercent() > 0 || reg.pull() > 0;
        status.setText(String.format(Locale.ROOT, "On %,d accounts with an outcome, as the Overview scores them (AUC "
                        + "%.3f there). AUC — suggested: %.3f in-sample, %.3f cross-validated%s; current weights: %.3f "
                        + "in-sample, %.3f cross-validated; unconstrained logistic regression: %.3f cross-validated "
                        + "(5 folds stratified, seed %d).%s%s", c.accounts(), headline, c.suggestedAuc(),
                c.suggestedCvAuc(), asked ? String.format(Locale.ROOT, " (%.3f without the floor and pull: they cost "
                        + "%.3f)", c.freeCvAuc(), c.freeCvAuc() - c.suggestedCvAuc()) : "", c.currentAuc(),
                c.currentCvAuc(), c.logisticCvAuc(), org.healthscore.engine.calibration.Folds.DEFAULT_SEED,
                c.suggestedCvAuc() < c.currentCvAuc() - 0.001 ? "\nThe suggestion is WORSE than the current weights on "
                        + "held-out accounts: keep the current weights." : "",
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

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }
}
