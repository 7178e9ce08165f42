package org.healthscore.ui.workbench;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/** The model's metrics with their weights as a share of the total. */
public final class MetricsPanel extends VBox {

    public MetricsPanel() {
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(300);
        getStyleClass().add("metrics-panel");
    }

    public void show(HealthModel model) {
        getChildren().clear();
        Label title = new Label(model.name());
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (Metric m : model.metrics()) {
            double pct = model.weightPercent(m.key());
            Label name = new Label(m.label());
            name.setWrapText(true);
            name.getStyleClass().add("metric-name");
            Label weight = new Label(String.format(Locale.ROOT, "%.0f %%", pct));
            weight.setId("weight-" + m.key());
            weight.getStyleClass().add("metric-weight");
            ProgressBar bar = new ProgressBar(pct / 100.0);
            bar.setMaxWidth(Double.MAX_VALUE);
            VBox row = new VBox(2, name, weight, bar);
            row.getStyleClass().add("metric-row");
            getChildren().add(row);
        }
    }
}
