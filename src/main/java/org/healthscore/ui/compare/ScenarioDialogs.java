package org.healthscore.ui.compare;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.healthscore.io.model.Scenarios;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.FileDialogs;

/** Model → Save as scenario… (also from the Suggest weights and Fit points previews) and Model → Scenarios…. */
public final class ScenarioDialogs {
    private ScenarioDialogs() {
    }

    /** Asks for a name and saves {@code model} as a scenario; empty when the user cancelled. */
    public static Optional<CompletableFuture<Scenarios.Scenario>> saveAs(Window owner, ScenarioCommands commands,
                                                                         HealthModel model, String suggestedName) {
        TextInputDialog ask = new TextInputDialog(suggestedName);
        ask.initOwner(owner);
        ask.setTitle("Save as scenario");
        ask.setHeaderText("Save this model as a what-if scenario in the workspace, to compare the model on screen "
                + "with it (Compare tab). A scenario of the same name is replaced.");
        ask.setContentText("Name:");
        ask.getDialogPane().setId("save-scenario-dialog");
        return ask.showAndWait().filter(n -> !n.isBlank()).map(n -> commands.save(n, model));
    }

    /** The scenarios of the workspace: rename, delete, export as a model file. */
    public static Stage manage(Window owner, ScenarioCommands commands, FileDialogs dialogs) {
        ListView<Scenarios.Scenario> list = new ListView<>(commands.scenarios());
        list.setId("scenarios-list");
        list.setPlaceholder(new Label("No scenario yet: Model → Save as scenario…"));
        Button rename = new Button("Rename…");
        rename.setId("scenario-rename");
        Button delete = new Button("Delete");
        delete.setId("scenario-delete");
        Button export = new Button("Export as model file…");
        export.setId("scenario-export");
        for (Button b : new Button[] {rename, delete, export}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Stage stage = new Stage();
        rename.setOnAction(e -> {
            Scenarios.Scenario s = list.getSelectionModel().getSelectedItem();
            TextInputDialog ask = new TextInputDialog(s.name());
            ask.initOwner(stage);
            ask.setTitle("Rename scenario");
            ask.setHeaderText("A new name for \u201c" + s.name() + "\u201d.");
            ask.setContentText("Name:");
            ask.getDialogPane().setId("rename-scenario-dialog");
            ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> commands.rename(s, n));
        });
        delete.setOnAction(e -> {
            Scenarios.Scenario s = list.getSelectionModel().getSelectedItem();
            Alert sure = new Alert(Alert.AlertType.CONFIRMATION, "Delete scenario \u201c" + s.name() + "\u201d? This "
                    + "cannot be undone (export it first to keep a copy).", ButtonType.OK, ButtonType.CANCEL);
            sure.initOwner(stage);
            sure.getDialogPane().setId("delete-scenario-dialog");
            sure.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> commands.delete(s));
        });
        export.setOnAction(e -> {
            Scenarios.Scenario s = list.getSelectionModel().getSelectedItem();
            dialogs.save("Export scenario as model file", s.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json",
                    "Model file", ".json").ifPresent(f -> commands.export(s, f));
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox root = new VBox(8, new Label("What-if scenarios saved in this workspace (compare them in the Compare "
                + "tab):"), list, new HBox(8, rename, delete, export, close));
        root.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Scenarios");
        stage.setScene(new Scene(root, 520, 360));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        commands.refresh();
        stage.show();
        return stage;
    }
}
