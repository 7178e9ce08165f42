package org.healthscore.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** A progress bar and a Cancel button for a tab's {@link LatestTask}, shown only while it runs. */
public final class TaskBar extends HBox {
    public TaskBar(LatestTask<?> task, Runnable onCancel, String idPrefix) {
        super(8);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "-cancel");
        cancel.setOnAction(e -> onCancel.run());
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, cancel);
        visibleProperty().bind(task.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
