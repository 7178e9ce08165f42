package org.healthscore.ui.modelfiles;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.healthscore.model.HealthModel;

/** Model → Properties…: name, description, author and notes in one dialog; OK applies them as one undo step. */
public final class ModelPropertiesDialog {
    private ModelPropertiesDialog() {
    }

    public static void show(Window owner, ModelPropertiesCommands commands) {
        HealthModel m = commands.current();
        if (m == null) {
            return;
        }
        TextField name = new TextField(m.name());
        name.setId("properties-name");
        TextArea description = area(m.description(), "properties-description", 3);
        TextField author = new TextField(m.author());
        author.setId("properties-author");
        author.setPromptText("Who owns this model");
        TextArea notes = area(m.notes(), "properties-notes", 6);
        notes.setPromptText("Decisions, caveats, what to revisit — kept with the model and its versions");
        Label problem = new Label();
        problem.setId("properties-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Description"), description);
        grid.addRow(2, new Label("Author"), author);
        grid.addRow(3, new Label("Notes"), notes);
        grid.add(problem, 1, 4);
        GridPane.setHgrow(name, Priority.ALWAYS);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Model properties");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("properties-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String refused = commands.apply(name.getText(), description.getText(), author.getText(), notes.getText());
            if (refused != null) {
                problem.setText(refused);
                e.consume(); // the dialog stays open with what was typed
            }
        });
        dialog.show();
        name.requestFocus();
    }

    private static TextArea area(String text, String id, int rows) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }
}
