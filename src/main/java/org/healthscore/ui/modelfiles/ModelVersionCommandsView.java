package org.healthscore.ui.modelfiles;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.healthscore.io.model.ModelVersions;
import org.healthscore.ui.session.Session;

/** File → Save model version… and Open model version…: ask, then run the view-model command. */
public final class ModelVersionCommandsView {
    private final Stage stage;
    private final Session vm;
    private final ModelFileCommands files;

    public ModelVersionCommandsView(Stage stage, Session vm, ModelFileCommands files) {
        this.stage = stage;
        this.vm = vm;
        this.files = files;
    }

    /** Asks for a name and saves; the saving (on the workspace thread), or empty when the user cancelled. */
    public Optional<CompletableFuture<ModelVersions.Version>> save() {
        TextInputDialog ask = new TextInputDialog(vm.design().modelProperty().get().name());
        ask.initOwner(stage);
        ask.setTitle("Save model version");
        ask.setHeaderText("Save the current model in this workspace as a named version.");
        ask.setContentText("Name:");
        ask.getDialogPane().setId("save-version-dialog");
        return ask.showAndWait().filter(n -> !n.isBlank()).map(files::saveModelVersion);
    }

    public void open() {
        files.modelVersions().thenAccept(versions -> Platform.runLater(() -> {
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
            choose.showAndWait().ifPresent(v -> files.openModelVersion(v.id()));
        }));
    }
}
