package org.healthscore.ui.weights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.SegmentWeights;
import org.healthscore.ui.metric.MetricCommands;
import org.healthscore.ui.session.Session;
import org.healthscore.ui.workspace.TimeControls;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The metrics and their weights as shares of 100 %: drag a slider (the charts follow while it moves), type an
 * exact share, or lock a share so that other drags leave it alone. A segment chooser on top picks whose weights
 * are edited and whose accounts the charts show.
 */
public final class WeightsPanel extends VBox {
    private static final String ALL = "All accounts";
    private final Session vm;
    private final WeightCommands weights;
    private final MetricCommands metrics;
    private final Label title = new Label();
    private final ComboBox<String> segment = new ComboBox<>();
    private final VBox rows = new VBox(10);
    private final Map<String, Row> byKey = new LinkedHashMap<>();
    private boolean updating;

    /** One metric's controls. */
    private final class Row extends VBox {
        final Slider slider = new Slider(0, 100, 0);
        final Label percent = new Label();
        final TextField exact = new TextField();
        final ToggleButton lock = new ToggleButton(null, new FontIcon(MaterialDesignL.LOCK_OPEN_VARIANT));

        Row(Metric m) {
            javafx.scene.control.Hyperlink name = new javafx.scene.control.Hyperlink(m.label());
            name.setWrapText(true);
            name.setId("edit-metric-" + m.key());
            name.getStyleClass().add("metric-name");
            name.setTooltip(new Tooltip("Edit how this metric is scored"));
            name.setOnAction(e -> vm.selectedMetricProperty().set(m.key()));
            slider.setId("weight-slider-" + m.key());
            percent.setId("weight-" + m.key());
            percent.getStyleClass().add("metric-weight");
            percent.setMinWidth(48);
            exact.setId("weight-field-" + m.key());
            exact.setPrefColumnCount(4);
            exact.setTooltip(new Tooltip("Type an exact share in % and press Enter"));
            lock.setId("weight-lock-" + m.key());
            lock.setTooltip(new Tooltip("Lock this share: other sliders leave it where it is"));
            HBox.setHgrow(slider, Priority.ALWAYS);
            HBox line = new HBox(6, slider, percent);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox tools = new HBox(6, new Label("exact %"), exact, lock);
            tools.setAlignment(Pos.CENTER_LEFT);
            getChildren().addAll(name, line, tools);
            getStyleClass().add("metric-row");
            slider.valueProperty().addListener((o, a, v) -> {
                if (!updating) {
                    weights.dragShare(m.key(), v.doubleValue(), slider.isValueChanging());
                }
            });
            slider.valueChangingProperty().addListener((o, was, now) -> {
                if (was && !now && !updating) {
                    weights.dragShare(m.key(), slider.getValue(), false);
                }
            });
            exact.setOnAction(e -> {
                slider.requestFocus(); // leave the field, so that Ctrl+Z undoes the edit, not the typing
                try {
                    double typed = Double.parseDouble(exact.getText().replace(',', '.').replace("%", "").trim());
                    weights.setShare(m.key(), typed);
                } catch (NumberFormatException ex) {
                    exact.setText(String.format(Locale.ROOT, "%.1f", slider.getValue()));
                }
            });
            lock.selectedProperty().addListener((o, a, on) -> {
                weights.setLocked(m.key(), on);
                lock.setGraphic(new FontIcon(on ? MaterialDesignL.LOCK : MaterialDesignL.LOCK_OPEN_VARIANT));
                slider.setDisable(on);
            });
        }

        void show(double share, double tenths, double whole) {
            slider.setValue(share);
            percent.setText(String.format(Locale.ROOT, "%.0f %%", whole));
            if (!exact.isFocused()) {
                exact.setText(String.format(Locale.ROOT, "%.1f", tenths));
            }
        }
    }

    public WeightsPanel(Session vm, WeightCommands weights, MetricCommands metrics, TimeControls time) {
        this.weights = weights;
        this.metrics = metrics;
        this.vm = vm;
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(300);
        getStyleClass().add("metrics-panel");
        title.getStyleClass().add("panel-title");
        title.setId("model-name");
        title.setWrapText(true);
        segment.setId("segment-view");
        segment.setMaxWidth(Double.MAX_VALUE);
        segment.setTooltip(new Tooltip("Whose weights you edit and whose accounts the charts show"));
        segment.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                vm.design().setSegmentView(ALL.equals(v) ? null : v);
            }
        });
        vm.design().segmentValues().addListener((javafx.collections.ListChangeListener<String>) c -> fillSegments());
        fillSegments();
        ComboBox<String> add = new ComboBox<>();
        add.setId("add-metric");
        add.setPromptText("Add a metric from a column…");
        add.setMaxWidth(Double.MAX_VALUE);
        // the prompt comes back after each add (an emptied combo box otherwise shows a blank button)
        add.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? add.getPromptText() : item);
            }
        });
        add.setOnShowing(e -> {
            var w = vm.workspace().workspaceProperty().get();
            var model = vm.design().modelProperty().get();
            // columns a metric already reads as they are are not offered again
            java.util.Set<String> used = new java.util.HashSet<>();
            if (model != null) {
                model.metrics().stream().filter(m -> m.source() instanceof org.healthscore.model.MetricSource.Column)
                        .forEach(m -> used.add(((org.healthscore.model.MetricSource.Column) m.source()).column()));
            }
            add.getItems().setAll(w == null ? List.of() : w.dataset().columnNames().stream()
                    .filter(c -> !used.contains(c)).toList());
        });
        // one metric per choice: moving through the open list with the arrow keys changes the value at each step,
        // so a choice made in the list counts when the list closes
        java.util.function.Consumer<String> addColumn = column -> {
            metrics.addMetric(column);
            javafx.application.Platform.runLater(() -> add.setValue(null));
        };
        add.valueProperty().addListener((o, a, column) -> {
            if (column != null && !add.isShowing()) {
                addColumn.accept(column);
            }
        });
        add.setOnHidden(e -> {
            if (add.getValue() != null) {
                addColumn.accept(add.getValue());
            }
        });
        getChildren().addAll(title, time, segment, rows, add);
        vm.design().modelProperty().addListener((o, a, m) -> show(m));
        vm.design().segmentViewProperty().addListener((o, a, v) -> {
            updating = true;
            try { // the view may be chosen elsewhere than in this list: the list then says which it is
                segment.setValue(v == null ? ALL : v);
            } finally {
                updating = false;
            }
            show(vm.design().modelProperty().get());
        });
    }

    private void fillSegments() {
        updating = true;
        try {
            segment.getItems().setAll(ALL);
            segment.getItems().addAll(vm.design().segmentValues());
            segment.setValue(vm.design().segmentViewProperty().get() == null ? ALL : vm.design().segmentViewProperty().get());
            segment.setVisible(!vm.design().segmentValues().isEmpty());
            segment.setManaged(segment.isVisible());
        } finally {
            updating = false;
        }
    }

    private void show(HealthModel model) {
        if (model == null) {
            return;
        }
        updating = true;
        try {
            title.setText(model.name());
            List<Metric> metrics = SegmentWeights.effective(model, vm.design().segmentViewProperty().get());
            List<String> keys = metrics.stream().map(Metric::key).toList();
            if (!keys.equals(List.copyOf(byKey.keySet()))) {
                byKey.clear();
                rows.getChildren().clear();
                for (Metric m : metrics) {
                    Row row = new Row(m);
                    row.lock.setSelected(weights.isLocked(m.key()));
                    byKey.put(m.key(), row);
                    rows.getChildren().add(row);
                }
            }
            double total = metrics.stream().mapToDouble(Metric::weight).sum();
            double[] shares = metrics.stream().mapToDouble(m -> total > 0 ? 100.0 * m.weight() / total : 0).toArray();
            // the figures shown add up to 100 (33.3 + 33.3 + 33.4), not 100.1
            double[] tenths = org.healthscore.model.WeightShares.rounded(shares, 0.1);
            double[] whole = org.healthscore.model.WeightShares.rounded(shares, 1);
            for (int j = 0; j < metrics.size(); j++) {
                byKey.get(metrics.get(j).key()).show(shares[j], tenths[j], whole[j]);
            }
        } finally {
            updating = false;
        }
    }
}
