package org.healthscore.ui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * Edits the selected metric: direction, normalization (its two key numbers on a range slider), missing policy
 * and staleness, with the raw values' spread, the normalization curve and the metric's own AUC and IV.
 */
final class MetricEditor extends VBox {
    private static final List<String> TYPES = List.of("Linear", "Thresholds (stepped 0/5/10)",
            "Thresholds (interpolated)", "Bins (as defined)", "Percentile bins (5 groups from the data)");
    private final WorkbenchViewModel vm;
    private final Label title = new Label();
    private final Label source = new Label();
    private final ComboBox<String> column = new ComboBox<>();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final TextField low = new TextField();
    private final TextField high = new TextField();
    private final TextField atRisk = new TextField();
    private final ComboBox<MissingPolicy> missing = new ComboBox<>();
    private final Spinner<Integer> staleness = new Spinner<>(0, 3650, 120, 30);
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis(0, 10, 2));
    private final Label stats = new Label();
    private final ThresholdSuggestionPane thresholds;
    private Metric shown;
    private boolean updating;

    MetricEditor(WorkbenchViewModel vm) {
        this.vm = vm;
        this.thresholds = new ThresholdSuggestionPane(vm);
        setSpacing(8);
        setPadding(new Insets(12));
        setPrefWidth(330);
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        source.setWrapText(true);
        source.getStyleClass().add("tile-detail");
        direction.getItems().setAll(Direction.values());
        type.getItems().setAll(TYPES);
        missing.getItems().setAll(MissingPolicy.values());
        range.setId("threshold-range");
        range.setShowTickLabels(true);
        low.setId("norm-low");
        high.setId("norm-high");
        atRisk.setId("norm-at-risk");
        type.setId("norm-type");
        stats.setId("metric-stats");
        chart.setId("metric-curve");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(200);
        chart.setTitle("Raw values and points");
        chart.getYAxis().setLabel("Points");
        Button remove = new Button("Remove metric");
        remove.setOnAction(e -> {
            if (shown != null) {
                vm.models().removeMetric(shown.key());
            }
        });
        Button up = new Button("Move up");
        up.setOnAction(e -> vm.models().moveMetric(shown.key(), -1));
        Button down = new Button("Move down");
        down.setOnAction(e -> vm.models().moveMetric(shown.key(), 1));
        column.setId("metric-column");
        column.setOnShowing(e -> {
            var w = vm.workspaceProperty().get();
            column.getItems().setAll(w == null ? List.of() : List.copyOf(w.dataset().columnNames()));
        });
        column.valueProperty().addListener((o, a, c) -> {
            if (!updating && c != null && shown != null) {
                vm.models().changeColumn(shown.key(), c);
            }
        });
        Button close = new Button("Close");
        close.setOnAction(e -> vm.selectedMetricProperty().set(null));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Direction"), direction);
        grid.addRow(1, new Label("Normalization"), type);
        grid.addRow(2, new Label("Low / high"), new javafx.scene.layout.HBox(6, low, high));
        grid.addRow(3, new Label("At risk below"), atRisk);
        grid.addRow(4, new Label("When missing"), missing);
        grid.addRow(5, new Label("Stale after (days)"), staleness);
        low.setPrefColumnCount(6);
        high.setPrefColumnCount(6);
        getChildren().addAll(title, source, column, grid, range, thresholds, chart, stats, new javafx.scene.layout.HBox(8, up, down),
                new javafx.scene.layout.HBox(8, remove, close));

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
        low.setOnAction(e -> { range.requestFocus(); commit(false); });
        high.setOnAction(e -> { range.requestFocus(); commit(false); });
        atRisk.setOnAction(e -> { range.requestFocus(); commit(false); });
        vm.selectedMetricProperty().addListener((o, a, key) -> show());
        vm.modelProperty().addListener((o, a, m) -> show());
        vm.resultProperty().addListener((o, a, r) -> {
            if (r != null && r.options().exact()) {
                profile();
            }
        });
        show();
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
        if (m == null || m.equals(shown)) {
            shown = m;
            return;
        }
        boolean newMetric = shown == null || !shown.key().equals(m.key());
        shown = m;
        updating = true;
        try {
            title.setText(m.label());
            source.setText("Reads " + describe(m));
            boolean single = m.source() instanceof org.healthscore.model.MetricSource.Column;
            column.setVisible(single);
            column.setManaged(single);
            if (single) {
                column.setValue(((org.healthscore.model.MetricSource.Column) m.source()).column());
            }
            direction.setValue(m.direction());
            missing.setValue(m.missing());
            staleness.getValueFactory().setValue(m.stalenessDays());
            Normalization n = m.normalization();
            double lo;
            double hi;
            if (n instanceof Normalization.Linear l) {
                type.setValue(TYPES.get(0));
                lo = l.min();
                hi = l.max();
                atRisk.setText("");
            } else if (n instanceof Normalization.Thresholds t) {
                type.setValue(TYPES.get(t.interpolate() ? 2 : 1));
                lo = Math.min(t.concerning(), t.healthy());
                hi = Math.max(t.concerning(), t.healthy());
                atRisk.setText(Formats.number(t.atRisk()));
            } else {
                type.setValue(TYPES.get(3));
                lo = range.getMin();
                hi = range.getMax();
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
            range.setDisable(n instanceof Normalization.Bins || n instanceof Normalization.Categorical);
        } finally {
            updating = false;
        }
        if (newMetric) {
            profile();
        }
        drawCurve(null);
    }

    /** Builds the metric from the controls and hands it to the view-model. */
    private void commit(boolean stillDragging) {
        if (updating || shown == null) {
            return;
        }
        try {
            double lo = Double.parseDouble(low.getText().trim());
            double hi = Double.parseDouble(high.getText().trim());
            if (!(lo < hi)) {
                vm.notify("Low must be below high.");
                return;
            }
            Direction dir = direction.getValue();
            boolean up = dir == Direction.HIGHER_IS_BETTER;
            int t = TYPES.indexOf(type.getValue());
            Normalization n = switch (t) {
                case 0 -> Normalization.linear(lo, hi);
                case 1 -> up ? Normalization.stepped(lo, hi) : Normalization.stepped(hi, lo);
                case 2 -> {
                    double a = atRisk.getText().isBlank() ? (up ? lo - (hi - lo) : hi + (hi - lo))
                            : Double.parseDouble(atRisk.getText().trim());
                    yield up ? Normalization.interpolated(Math.min(a, lo), lo, hi)
                            : Normalization.interpolated(Math.max(a, hi), hi, lo);
                }
                case 4 -> {
                    vm.models().percentileBins(shown.key(), 5);
                    yield null;
                }
                default -> shown.normalization();
            };
            if (n == null) {
                return;
            }
            Metric changed = shown.withDirection(dir).withNormalization(n).withMissing(missing.getValue());
            changed = new Metric(changed.key(), changed.label(), changed.source(), changed.direction(),
                    changed.normalization(), changed.missing(), staleness.getValue(), changed.weight());
            if (!changed.equals(shown)) {
                vm.models().editMetric(changed, stillDragging);
            }
        } catch (NumberFormatException e) {
            vm.notify("Type a number for low, high and at-risk.");
        }
    }

    private void profile() {
        var r = vm.resultProperty().get();
        String key = vm.selectedMetricProperty().get();
        if (r == null || key == null || r.model().indexOf(key) < 0) {
            return;
        }
        vm.onWorkspace(w -> MetricProfile.of(r.scores(), key)).thenAccept(p -> Platform.runLater(() -> {
            if (key.equals(vm.selectedMetricProperty().get())) {
                drawCurve(p);
                stats.setText(String.format(Locale.ROOT, "Alone: AUC %s · IV %.3f · correlation with churn %s",
                        Formats.ratio(p.diagnostics().auc()), p.diagnostics().informationValue(),
                        Formats.ratio(p.diagnostics().pointBiserial())));
            }
        }));
    }

    private MetricProfile lastProfile;

    /** The raw values' spread (scaled to the 0–10 axis) under the normalization curve. */
    private void drawCurve(MetricProfile p) {
        if (p != null) {
            lastProfile = p;
        }
        if (shown == null || lastProfile == null || !lastProfile.key().equals(shown.key()) || lastProfile.categorical()) {
            chart.getData().clear();
            return;
        }
        MetricProfile prof = lastProfile;
        int max = java.util.Arrays.stream(prof.counts()).max().orElse(1);
        var spread = new XYChart.Series<Number, Number>();
        spread.setName("Accounts (relative)");
        var curve = new XYChart.Series<Number, Number>();
        curve.setName("Points");
        double step = (prof.hi() - prof.lo()) / MetricProfile.BINS;
        for (int b = 0; b < MetricProfile.BINS; b++) {
            double x = prof.lo() + (b + 0.5) * step;
            spread.getData().add(new XYChart.Data<>(x, 10.0 * prof.counts()[b] / Math.max(1, max)));
            double pts = shown.normalization().points(x, shown.direction());
            curve.getData().add(new XYChart.Data<>(x, Double.isNaN(pts) ? 0 : pts));
        }
        chart.getData().setAll(List.of(spread, curve));
    }

    private static String describe(Metric m) {
        if (m.source() instanceof org.healthscore.model.MetricSource.Ratio r) {
            return r.numerator() + " / " + r.denominator();
        }
        if (m.source() instanceof org.healthscore.model.MetricSource.Trend t) {
            return "change of " + t.column() + " over " + t.days() + " days";
        }
        return ((org.healthscore.model.MetricSource.Column) m.source()).column();
    }
}
