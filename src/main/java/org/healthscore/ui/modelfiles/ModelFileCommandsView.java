package org.healthscore.ui.modelfiles;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.healthscore.ui.FileDialogs;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.common.ProblemsDialog;
import org.healthscore.ui.session.Session;

/** The File menu's model commands: ask for a file, run the view-model command, report the outcome. */
public final class ModelFileCommandsView {
    private final Stage stage;
    private final Session vm;
    private final ModelFileCommands files;
    private final FileDialogs dialogs;

    public ModelFileCommandsView(Stage stage, Session vm, ModelFileCommands files, FileDialogs dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.files = files;
        this.dialogs = dialogs;
    }

    public void exportModel() {
        String name = vm.design().modelProperty().get().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase() + ".json";
        dialogs.save("Export model", name, "Health score model (JSON)", ".json").ifPresent(file ->
                files.exportModel(file).exceptionally(error -> {
                    javafx.application.Platform.runLater(() -> error("Export failed",
                            Errors.cause(error).getMessage()));
                    return null;
                }));
    }

    public void importModel() {
        dialogs.open("Import model", "Health score model (JSON)", ".json").ifPresent(file ->
                files.importModel(file).thenAccept(problems -> {
                    if (!problems.isEmpty()) {
                        ProblemsDialog.show(stage, file.getFileName().toString(), problems);
                    }
                }));
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.show();
    }
}
