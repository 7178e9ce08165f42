package org.healthscore.ui.metric;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.ui.common.Formats;
import org.healthscore.ui.session.Session;

/**
 * Edits the selected metric: its source (column, ratio, trend), direction, normalization (its two key numbers on
 * a range slider, or points per category), missing policy and staleness, with the raw values' spread, the
 * normalization curve, the metric's own AUC and IV, and suggested thresholds.
 */
public final class MetricEditor extends VBox {

    private final Session vm;
    private final MetricCommands metrics;
    private final MetricEditorViewModel editor;
    private final Label title = new Label();
    private final SourceEditor source;
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final TextField low = new TextField();
    private final TextField high = new TextField();
    private final TextField atRisk = new TextField();
    /** Only the interpolated thresholds have a value at which points reach 0: shown for them alone. */
    private final Label atRiskLabel = new Label("0 points at");
    private final ComboBox<MissingPolicy> missing = new ComboBox<>();
    private final Spinner<Integer> staleness = new Spinner<>(0, 3650, 120, 30);
    private final MetricCurveChart chart = new MetricCurveChart();
    private final Label stats = new Label();
    private final ThresholdSuggestionPane thresholds;
    private final CategoryPointsEditor categories;
    private final VBox numericControls;
    private Metric shown;
    private MetricProfile lastProfile;
    private boolean updating;

    public MetricEditor(MetricEditorViewModel editor, MetricSuggestions suggestions) {
        this(editor, suggestions, () -> { });
    }

    /** @param saveAsScenario saves the model on screen as a scenario (offered after a fit) */
    public MetricEditor(MetricEditorViewModel editor, MetricSuggestions suggestions, Runnable saveAsScenario) {
        this.editor = editor;
        this.metrics = editor.metrics();
        Session vm = editor.session();
        this.vm = vm;
        this.thresholds = new ThresholdSuggestionPane(vm, metrics, suggestions);
        this.source = new SourceEditor(() -> {
            var w = vm.workspace().workspaceProperty().get();
            return w == null ? List.of() : List.copyOf(w.dataset().columnNames());
        }, this::changeSource);
        this.categories = new CategoryPointsEditor(
                mapping -> metrics.editMetric(shown.withNormalization(mapping), false), vm.status()::notify);
        setSpacing(8);
        setPadding(new Insets(12));
        getStyleClass().add("metric-editor");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        direction.getItems().setAll(Direction.values());
        direction.setConverter(EditorGrids.named(d -> d == Direction.HIGHER_IS_BETTER ? "Higher is better" : "Lower is better"));
        missing.getItems().setAll(MissingPolicy.values());
        missing.setConverter(EditorGrids.named(m -> switch (m) {
            case NEUTRAL -> "Neutral (5 points)";
            case ZERO -> "Zero points";
            case REWEIGHT -> "Leave out (re-weight)";
        }));
        range.setId("threshold-range");
        range.setShowTickLabels(true);
        low.setId("norm-low");
        high.setId("norm-high");
        atRisk.setId("norm-at-risk");
        type.setId("norm-type");
        direction.setId("metric-direction");
        missing.setId("metric-missing");
        stats.setId("metric-stats");
        stats.setWrapText(true);
        low.setPrefColumnCount(6);
        high.setPrefColumnCount(6);

        GridPane grid = EditorGrids.labelled(List.of(new Label("Direction"), new Label("Normalization"),
                new Label("When missing"), EditorGrids.tip(new Label("Stale after"), "Days after which an observation "
                        + "no longer counts (then the metric is missing for that account)")),
                List.of(direction, type, missing, staleness), true);
        GridPane numbers = EditorGrids.labelled(List.of(new Label("Low / high"), atRiskLabel),
                List.of(new HBox(6, low, high), atRisk), false);
        numericControls = new VBox(6, numbers, range, thresholds, chart);

        FitPointsPane fit = new FitPointsPane(vm, suggestions, () -> shown, saveAsScenario);
        Button remove = EditorGrids.button("Remove metric", () -> metrics.removeMetric(shown.key()));
        Button up = EditorGrids.button("Move up", () -> metrics.moveMetric(shown.key(), -1));
        Button down = EditorGrids.button("Move down", () -> metrics.moveMetric(shown.key(), 1));
        Button close = EditorGrids.button("Close", () -> vm.selectedMetricProperty().set(null));
        getChildren().addAll(title, new SegmentPointsLine(vm, metrics), new Label("Reads"), source, grid, fit,
                numericControls, categories, stats,
                new HBox(8, up, down), new HBox(8, remove, close));

        direction.valueProperty().addListener((o, a, b) -> commit(false));
        type.valueProperty().addListener((o, a, b) -> commit(false));
        missing.valueProperty().addListener((o, a, b) -> commit(false));
        staleness.valueProperty().addListener((o, a, b) -> commit(false));
        range.lowValueProperty().addListener((o, a, b) -> fromSlider());
        range.highValueProperty().addListener((o, a, b) -> fromSlider());
        range.lowValueChangingProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit(false);
            }
        });
        range.highValueChangingProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit(false);
            }
        });
        // Enter commits and leaves the field, so that Ctrl+Z then undoes the edit rather than the typing
        for (TextField f : List.of(low, high, atRisk)) {
            f.setOnAction(e -> {
                range.requestFocus();
                commit(false);
            });
        }
        vm.selectedMetricProperty().addListener((o, a, key) -> {
            fit.clear(); // a fit's figures belong to the metric it was made for
            show();
        });
        vm.design().modelProperty().addListener((o, a, m) -> show());
        vm.design().segmentViewProperty().addListener((o, a, v) -> {
            fit.clear(); // a fit's figures belong to the accounts it was made on
            show(); // and a segment may score the metric its own way
        });
        vm.design().resultProperty().addListener((o, a, r) -> {
            if (r != null && r.options().exact()) {
                profile();
            }
        });
        show();
    }

    private void changeSource(org.healthscore.model.MetricSource chosen) {
        String key = shown.key();
        // refused or not, the controls then show the metric's source as it is
        metrics.changeSource(key, chosen).thenRun(() -> Platform.runLater(() -> {
            if (shown != null && shown.key().equals(key)) {
                source.show(shown.source());
            }
        }));
    }

    private void fromSlider() {
        if (updating) {
            return;
        }
        updating = true;
        low.setText(Formats.number(range.getLowValue()));
        high.setText(Formats.number(range.getHighValue()));
        updating = false;
        commit(range.isLowValueChanging() || range.isHighValueChanging());
    }

    private void show() {
        String key = vm.selectedMetricProperty().get();
        var model = vm.design().modelProperty().get();
        Metric m = metrics.shown(model, key);
        setVisible(m != null);
        setManaged(m != null);
        thresholds.show(m);
        if (m == null || m.sameDefinitionAs(shown)) {
            shown = m; // a weight change (every frame of a weight drag) leaves the editor's controls as they are
            return;
        }
        boolean newMetric = shown == null || !shown.key().equals(m.key());
        shown = m;
        updating = true;
        try {
            title.setText(m.label());
            source.show(m.source());
            direction.setValue(m.direction());
            missing.setValue(m.missing());
            staleness.getValueFactory().setValue(m.stalenessDays());
            showNormalization(m.normalization(), newMetric);
        } finally {
            updating = false;
        }
        if (newMetric) {
            profile();
        }
        chart.draw(shown, lastProfile);
    }

    private void showNormalization(Normalization n, boolean newMetric) {
        boolean byCategory = n instanceof Normalization.Categorical;
        numericControls.setVisible(!byCategory);
        numericControls.setManaged(!byCategory);
        categories.setVisible(byCategory);
        categories.setManaged(byCategory);
        direction.setDisable(byCategory || n instanceof Normalization.Bins); // explicit points: no direction
        type.getItems().setAll(byCategory ? List.of(NormalizationChoice.CATEGORIES) : NormalizationChoice.NUMERIC_TYPES);
        if (n instanceof Normalization.Categorical c) {
            type.setValue(NormalizationChoice.CATEGORIES);
            categories.show(c, lastProfile != null && lastProfile.key().equals(shown.key())
                    ? lastProfile.categories() : List.of());
            return;
        }
        double lo;
        double hi;
        if (n instanceof Normalization.Linear l) {
            type.setValue(NormalizationChoice.LINEAR);
            lo = l.min();
            hi = l.max();
            atRisk.setText("");
        } else if (n instanceof Normalization.Thresholds t) {
            type.setValue(t.interpolate() ? NormalizationChoice.INTERPOLATED : NormalizationChoice.STEPPED);
            lo = Math.min(t.concerning(), t.healthy());
            hi = Math.max(t.concerning(), t.healthy());
            atRisk.setText(Formats.number(t.atRisk()));
        } else {
            type.setValue(NormalizationChoice.BINS);
            lo = range.getMin();
            hi = range.getMax();
        }
        boolean interpolated = NormalizationChoice.INTERPOLATED.equals(type.getValue());
        for (Region r : List.<Region>of(atRiskLabel, atRisk)) {
            r.setVisible(interpolated);
            r.setManaged(interpolated);
        }
        low.setText(Formats.number(lo));
        high.setText(Formats.number(hi));
        if (newMetric || lo < range.getMin() || hi > range.getMax()) {
            double span = Math.max(1e-9, hi - lo);
            range.setMin(Math.min(lo, lo - span));
            range.setMax(Math.max(hi, hi + span));
        }
        range.setLowValue(lo);
        range.setHighValue(hi);
        range.setDisable(n instanceof Normalization.Bins);
    }

    /** Hands what the controls say to the view-model, which edits the metric or says what cannot be read. */
    private void commit(boolean stillDragging) {
        if (!updating && shown != null) {
            editor.apply(shown, new MetricEditorViewModel.Controls(direction.getValue(), type.getValue(),
                    low.getText(), high.getText(), atRisk.getText(), missing.getValue(), staleness.getValue()),
                    stillDragging);
        }
    }

    private void profile() {
        String key = vm.selectedMetricProperty().get();
        editor.profile().thenAccept(p -> Platform.runLater(() -> {
            if (p != null && key.equals(vm.selectedMetricProperty().get())) {
                boolean categoriesArrived = p.categorical() && (lastProfile == null
                        || !lastProfile.categories().equals(p.categories()));
                lastProfile = p;
                chart.draw(shown, p);
                if (categoriesArrived && shown != null && shown.normalization() instanceof Normalization.Categorical c) {
                    categories.show(c, p.categories());
                }
                stats.setText(String.format(Locale.ROOT, "Alone: AUC %s · IV %.3f · correlation with churn %s",
                        Formats.ratio(p.diagnostics().auc()), p.diagnostics().informationValue(),
                        Formats.ratio(p.diagnostics().pointBiserial())) + FitMessages.againstChurn(p.diagnostics().auc()));
            }
        }));
    }
}
