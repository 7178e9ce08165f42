package org.healthscore.ui.metric;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.healthscore.engine.ThresholdSuggestion;
import org.healthscore.model.Metric;
import org.healthscore.model.Normalization;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.Formats;
import org.healthscore.ui.session.Session;

/**
 * "Suggest thresholds" for the metric in the editor: cut points by information value, shown with the IV they
 * give next to the current one, applied (one undo step) only when the user clicks "Use these".
 */
final class ThresholdSuggestionPane extends VBox {
    private final Session vm;
    private final MetricCommands metrics;
    private final MetricSuggestions suggestions;
    private final Button suggest = new Button("Suggest thresholds");
    private final Label result = new Label();
    private final Button use = new Button("Use these");
    private Metric metric;
    private ThresholdSuggestion suggestion;

    ThresholdSuggestionPane(Session vm, MetricCommands metrics, MetricSuggestions suggestions) {
        super(4);
        this.vm = vm;
        this.metrics = metrics;
        vm.design().segmentViewProperty().addListener((o, was, now) -> clear()); // found on other accounts
        this.suggestions = suggestions;
        suggest.setId("suggest-thresholds");
        suggest.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        use.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.setId("threshold-suggestion");
        result.setWrapText(true);
        use.setId("use-thresholds");
        use.setVisible(false);
        getChildren().addAll(new HBox(8, suggest, use), result);
        suggest.setOnAction(e -> run());
        use.setOnAction(e -> {
            if (suggestion != null && metric != null) {
                metrics.editMetric(metric.withNormalization(suggestion.suggested()), false);
                clear();
            }
        });
    }

    /** The metric now in the editor: a suggestion for another metric, or another definition of it, is dropped. */
    void show(Metric m) {
        if (m == null || !m.sameDefinitionAs(metric)) {
            clear(); // another metric, or this one read or normalized differently: the suggestion no longer applies
        }
        metric = m;
        suggest.setDisable(m == null || m.normalization() instanceof Normalization.Categorical);
    }

    private void clear() {
        suggestion = null;
        result.setText("");
        use.setVisible(false);
    }

    private void run() {
        Metric asked = metric;
        if (asked == null) {
            return;
        }
        suggest.setDisable(true);
        result.setText("Searching cut points…");
        suggestions.suggestThresholds(asked.key()).whenComplete((check, error) -> Platform.runLater(() -> {
            suggest.setDisable(false);
            if (!asked.sameDefinitionAs(metric)) {
                return; // the user moved on to another metric or edit meanwhile
            }
            if (error != null) {
                result.setText("No suggestion: " + Errors.cause(error).getMessage());
                return;
            }
            ThresholdSuggestion s = check.suggestion();
            suggestion = s;
            Normalization.Thresholds t = s.suggested();
            result.setText(String.format(Locale.ROOT, "Concerning from %s, healthy from %s%s: IV of the three groups %.3f (%s with the current cut points), "
                            + "on %,d accounts with an outcome%s. The metric alone: AUC %.3f now, %.3f with cut points "
                            + "searched this way (cross-validated, %d folds stratified, seed %d)%s.",
                    Formats.number(t.concerning()),
                    Formats.number(t.healthy()), t.interpolate() ? ", 0 points at " + Formats.number(t.atRisk()) : "",
                    s.informationValue(), Formats.ratio(s.currentInformationValue()), s.accounts(),
                    // in a segment view fitted on its accounts, and "Use these" gives it its own points
                    vm.design().segmentViewProperty().get() == null ? ""
                            : " in " + vm.design().segmentViewProperty().get() + " (applied to its accounts)",
                    check.currentAuc(), check.suggestedCvAuc(), check.folds(), check.seed(),
                    check.worse() ? " — WORSE than the current points: keep them" : ""));
            use.setVisible(true);
        }));
    }
}
