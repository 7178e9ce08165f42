package org.healthscore.ui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * Edits the selected metric: its source (column, ratio, trend), direction, normalization (its two key numbers on
 * a range slider, or points per category), missing policy and staleness, with the raw values' spread, the
 * normalization curve, the metric's own AUC and IV, and suggested thresholds.
 */
final class MetricEditor extends VBox {
    private static final String LINEAR = "Linear";
    private static final String STEPPED = "Stepped 0 / 5 / 10";
    private static final String INTERPOLATED = "Interpolated thresholds";
    private static final String BINS = "Bins (as defined)";
    private static final String PERCENTILES = "Percentile bins (5)";
    private static final String CATEGORIES = "Points per category";
    private static final List<String> NUMERIC_TYPES = List.of(LINEAR, STEPPED, INTERPOLATED, BINS, PERCENTILES);

    private final WorkbenchViewModel vm;
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
    private final Label fitResult = new Label();
    /** The running fit's cancel flag, or null when none runs. */
    private java.util.concurrent.atomic.AtomicBoolean fitting;
    private MetricProfile lastProfile;
    private boolean updating;

    MetricEditor(WorkbenchViewModel vm) {
        this.vm = vm;
        this.thresholds = new ThresholdSuggestionPane(vm);
        this.source = new SourceEditor(() -> {
            var w = vm.workspaceProperty().get();
            return w == null ? List.of() : List.copyOf(w.dataset().columnNames());
        }, this::changeSource);
        this.categories = new CategoryPointsEditor(
                mapping -> vm.models().editMetric(shown.withNormalization(mapping), false), vm::notify);
        setSpacing(8);
        setPadding(new Insets(12));
        getStyleClass().add("metric-editor");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        direction.getItems().setAll(Direction.values());
        direction.setConverter(named(d -> d == Direction.HIGHER_IS_BETTER ? "Higher is better" : "Lower is better"));
        missing.getItems().setAll(MissingPolicy.values());
        missing.setConverter(named(m -> switch (m) {
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

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut to "…"
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label("Direction"), direction);
        grid.addRow(1, new Label("Normalization"), type);
        grid.addRow(2, new Label("When missing"), missing);
        Label stale = new Label("Stale after");
        Tooltip.install(stale, new Tooltip("Days after which an observation no longer counts (then the metric is "
                + "missing for that account)"));
        grid.addRow(3, stale, staleness);
        for (var c : List.<Region>of(direction, type, missing, staleness)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane numbers = new GridPane();
        numbers.setHgap(8);
        numbers.setVgap(6);
        ColumnConstraints numberLabels = new ColumnConstraints();
        numberLabels.setMinWidth(Region.USE_PREF_SIZE);
        numbers.getColumnConstraints().setAll(numberLabels, new ColumnConstraints());
        numbers.addRow(0, new Label("Low / high"), new HBox(6, low, high));
        numbers.addRow(1, atRiskLabel, atRisk);
        numericControls = new VBox(6, numbers, range, thresholds, chart);

        Button fit = new Button("Fit points from data");
        fit.setId("fit-points");
        fit.setMaxWidth(Double.MAX_VALUE);
        fit.setTooltip(new Tooltip("Learn this metric's points from churn: bins whose points follow the churn rate "
                + "(rising, falling, peaked or valley-shaped) or a line, or points per category, and the missing "
                + "policy — learned on each fold's training part and cross-validated. One undo step."));
        fitResult.setId("fit-result");
        fitResult.setWrapText(true);
        fit.setOnAction(e -> {
            if (fitting != null) {
                fitting.set(true); // the button reads "Cancel fitting" while a fit runs
                return;
            }
            String key = shown.key();
            java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
            fitting = cancelled;
            fit.setText("Cancel fitting");
            fitResult.setText("Fitting points from churn (5 folds)…");
            vm.models().fitPoints(key, cancelled::get).whenComplete((done, error) -> javafx.application.Platform.runLater(() -> {
                fitting = null;
                fit.setText("Fit points from data");
                if (key.equals(vm.selectedMetricProperty().get())) {
                    fitResult.setText(cancelled.get() ? "Fitting cancelled; nothing changed." : done == null ? ""
                            : done.refusal() != null ? "Cannot fit points: " + done.refusal()
                            : FitMessages.fitted(shown.label(), done));
                }
            }));
        });
        fit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var w = vm.workspaceProperty().get();
            return w == null || !w.coverage().outcomes();
        }, vm.workspaceProperty()));
        Button remove = new Button("Remove metric");
        remove.setOnAction(e -> vm.models().removeMetric(shown.key()));
        Button up = new Button("Move up");
        up.setOnAction(e -> vm.models().moveMetric(shown.key(), -1));
        Button down = new Button("Move down");
        down.setOnAction(e -> vm.models().moveMetric(shown.key(), 1));
        Button close = new Button("Close");
        close.setOnAction(e -> vm.selectedMetricProperty().set(null));
        getChildren().addAll(title, new Label("Reads"), source, grid, fit, fitResult, numericControls, categories, stats,
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
            fitResult.setText(""); // a fit's figures belong to the metric it was made for
            show();
        });
        vm.modelProperty().addListener((o, a, m) -> show());
        vm.resultProperty().addListener((o, a, r) -> {
            if (r != null && r.options().exact()) {
                profile();
            }
        });
        show();
    }

    private void changeSource(org.healthscore.model.MetricSource chosen) {
        String key = shown.key();
        // refused or not, the controls then show the metric's source as it is
        vm.models().changeSource(key, chosen).thenRun(() -> Platform.runLater(() -> {
            if (shown != null && shown.key().equals(key)) {
                source.show(shown.source());
            }
        }));
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
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
        var model = vm.modelProperty().get();
        Metric m = key == null || model == null ? null : model.metric(key).orElse(null);
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
        type.getItems().setAll(byCategory ? List.of(CATEGORIES) : NUMERIC_TYPES);
        if (n instanceof Normalization.Categorical c) {
            type.setValue(CATEGORIES);
            categories.show(c, lastProfile != null && lastProfile.key().equals(shown.key())
                    ? lastProfile.categories() : List.of());
            return;
        }
        double lo;
        double hi;
        if (n instanceof Normalization.Linear l) {
            type.setValue(LINEAR);
            lo = l.min();
            hi = l.max();
            atRisk.setText("");
        } else if (n instanceof Normalization.Thresholds t) {
            type.setValue(t.interpolate() ? INTERPOLATED : STEPPED);
            lo = Math.min(t.concerning(), t.healthy());
            hi = Math.max(t.concerning(), t.healthy());
            atRisk.setText(Formats.number(t.atRisk()));
        } else {
            type.setValue(BINS);
            lo = range.getMin();
            hi = range.getMax();
        }
        boolean interpolated = INTERPOLATED.equals(type.getValue());
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

    /** Builds the metric from the controls and hands it to the view-model. */
    private void commit(boolean stillDragging) {
        if (updating || shown == null) {
            return;
        }
        try {
            Normalization n = normalizationFromControls();
            if (n == null) {
                return;
            }
            Metric changed = shown.withDirection(direction.getValue()).withNormalization(n).withMissing(missing.getValue());
            changed = new Metric(changed.key(), changed.label(), changed.source(), changed.direction(),
                    changed.normalization(), changed.missing(), staleness.getValue(), changed.weight());
            if (!changed.equals(shown)) {
                vm.models().editMetric(changed, stillDragging);
            }
        } catch (NumberFormatException e) {
            vm.notify("Type a number for low, high and the 0-points value.");
        }
    }

    /** The normalization the controls describe; null when there is nothing to apply now. */
    private Normalization normalizationFromControls() {
        String chosen = type.getValue();
        if (CATEGORIES.equals(chosen) || BINS.equals(chosen)) {
            return shown.normalization(); // edited in the category fields / defined in the model file
        }
        if (PERCENTILES.equals(chosen)) {
            vm.models().percentileBins(shown.key(), 5);
            return null;
        }
        double lo = Double.parseDouble(low.getText().trim());
        double hi = Double.parseDouble(high.getText().trim());
        if (!(lo < hi)) {
            vm.notify("Low must be below high.");
            return null;
        }
        boolean up = direction.getValue() == Direction.HIGHER_IS_BETTER;
        if (LINEAR.equals(chosen)) {
            return Normalization.linear(lo, hi);
        }
        if (STEPPED.equals(chosen)) {
            return up ? Normalization.stepped(lo, hi) : Normalization.stepped(hi, lo);
        }
        double a = atRisk.getText().isBlank() ? (up ? lo - (hi - lo) : hi + (hi - lo))
                : Double.parseDouble(atRisk.getText().trim());
        return up ? Normalization.interpolated(Math.min(a, lo), lo, hi)
                : Normalization.interpolated(Math.max(a, hi), hi, lo);
    }

    /** Below this AUC a metric's points run against churn: its high-point accounts churn more. */
    static final double AGAINST_CHURN_AUC = 0.47;

    /** A warning when the points reward the accounts that churn, or nothing. */
    static String againstChurn(double auc) {
        return auc < AGAINST_CHURN_AUC ? String.format(Locale.ROOT, "%n⚠ These points run against churn: accounts "
                + "with more points churned more (AUC %.3f, below 0.5). Flip the direction, or Fit points from data.",
                auc) : "";
    }

    private void profile() {
        var r = vm.resultProperty().get();
        String key = vm.selectedMetricProperty().get();
        if (r == null || key == null || r.model().indexOf(key) < 0) {
            return;
        }
        vm.onWorkspace(w -> MetricProfile.of(r.scores(), key)).thenAccept(p -> Platform.runLater(() -> {
            if (key.equals(vm.selectedMetricProperty().get())) {
                boolean categoriesArrived = p.categorical() && (lastProfile == null
                        || !lastProfile.categories().equals(p.categories()));
                lastProfile = p;
                chart.draw(shown, p);
                if (categoriesArrived && shown != null && shown.normalization() instanceof Normalization.Categorical c) {
                    categories.show(c, p.categories());
                }
                stats.setText(String.format(Locale.ROOT, "Alone: AUC %s · IV %.3f · correlation with churn %s",
                        Formats.ratio(p.diagnostics().auc()), p.diagnostics().informationValue(),
                        Formats.ratio(p.diagnostics().pointBiserial())) + againstChurn(p.diagnostics().auc()));
            }
        }));
    }
}
