package org.healthscore.ui.workbench;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.healthscore.io.model.ModelVersions;

/** File → Save model version… and Open model version…: ask, then run the view-model command. */
public final class ModelVersionCommandsView {
    private final Stage stage;
    private final WorkbenchViewModel vm;

    public ModelVersionCommandsView(Stage stage, WorkbenchViewModel vm) {
        this.stage = stage;
        this.vm = vm;
    }

    /** Asks for a name and saves; the saving (on the workspace thread), or empty when the user cancelled. */
    public Optional<CompletableFuture<ModelVersions.Version>> save() {
        TextInputDialog ask = new TextInputDialog(vm.modelProperty().get().name());
        ask.initOwner(stage);
        ask.setTitle("Save model version");
        ask.setHeaderText("Save the current model in this workspace as a named version.");
        ask.setContentText("Name:");
        ask.getDialogPane().setId("save-version-dialog");
        return ask.showAndWait().filter(n -> !n.isBlank()).map(vm.models()::saveModelVersion);
    }

    public void open() {
        vm.models().modelVersions().thenAccept(versions -> Platform.runLater(() -> {
            if (versions.isEmpty()) {
                Alert none = new Alert(Alert.AlertType.INFORMATION, "No model version is saved in this workspace yet "
                        + "(File → Save model version…).", ButtonType.OK);
                none.initOwner(stage);
                none.show();
                return;
            }
            ChoiceDialog<ModelVersions.Version> choose = new ChoiceDialog<>(versions.get(0), versions);
            choose.initOwner(stage);
            choose.setTitle("Open model version");
            choose.setHeaderText("Replace the current model with a saved version.");
            choose.showAndWait().ifPresent(v -> vm.models().openModelVersion(v.id()));
        }));
    }
}
