package org.healthscore.ui.metric;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.healthscore.ui.session.Session;

/**
 * In a segment view, whose points the metric editor shows: the segment's own (fitted on its accounts or set
 * there), with "Use the model's points" to drop them, or the model's, which an edit or a fit there makes the
 * segment's own. Hidden when all accounts are shown.
 */
final class SegmentPointsLine extends HBox {
    private final Label text = new Label();
    private final Button useModel = new Button("Use the model's points");

    SegmentPointsLine(Session vm, MetricCommands metrics) {
        super(8);
        text.setWrapText(true);
        text.setId("segment-points-line");
        useModel.setId("use-model-points");
        useModel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the text wraps, the button keeps its words
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(text, useModel);
        useModel.setOnAction(e -> metrics.useModelPoints(vm.selectedMetricProperty().get()));
        Runnable show = () -> {
            String view = vm.design().segmentViewProperty().get();
            String key = vm.selectedMetricProperty().get();
            boolean own = view != null && key != null && metrics.hasOwnPoints(key);
            setVisible(view != null);
            setManaged(view != null);
            useModel.setVisible(own);
            useModel.setManaged(own);
            text.setText(view == null ? "" : own ? "Points for " + view + ": its own (the other accounts keep the "
                    + "model's)." : "Points for " + view + ": the model's. An edit or a fit here gives " + view
                    + " its own.");
        };
        vm.design().segmentViewProperty().addListener((o, a, b) -> show.run());
        vm.design().modelProperty().addListener((o, a, b) -> show.run());
        vm.selectedMetricProperty().addListener((o, a, b) -> show.run());
        show.run();
    }
}
