package org.healthscore.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.healthscore.model.ModelProblem;

/** Shows every problem of a rejected file in one dialog, each with its JSON path. */
public final class ProblemsDialog {
    private ProblemsDialog() {
    }

    public static Alert show(Window owner, String file, List<ModelProblem> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Model not imported");
        alert.setHeaderText(file + " was not imported: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ". Nothing was changed.");
        TextArea list = new TextArea(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
        list.setId("problems");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, problems.size() + 1));
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
