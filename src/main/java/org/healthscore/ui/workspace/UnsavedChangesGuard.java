package org.healthscore.ui.workspace;

import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.healthscore.ui.modelfiles.ModelVersionCommandsView;
import org.healthscore.ui.session.Session;

/**
 * Asks before the model's edits not saved as a version would be lost — the window closing, another workspace
 * opening — offering to save them as a version first. A model lives in memory until it is saved in the workspace
 * (or exported): without this, closing the window after an afternoon's tuning lost it without a word.
 */
public final class UnsavedChangesGuard {
    public static final ButtonType SAVE = new ButtonType("Save version…", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private final Stage owner;
    private final Session vm;
    private final ModelVersionCommandsView versions;

    public UnsavedChangesGuard(Stage owner, Session vm, ModelVersionCommandsView versions) {
        this.owner = owner;
        this.vm = vm;
        this.versions = versions;
    }

    /**
     * Runs {@code then} at once when no edit would be lost; otherwise asks, and runs it after the changes were saved
     * as a version, or when the user chose not to save them. Cancel (or a failed save) runs nothing.
     *
     * @param action what is about to happen, for the question ("Closing the window")
     */
    public void thenIfAllowed(String action, Runnable then) {
        if (!vm.design().dirtyProperty().get() || vm.design().modelProperty().get() == null) {
            then.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Unsaved model changes");
        ask.setHeaderText("Save the changes to “" + vm.design().modelProperty().get().name() + "” as a model version?");
        ask.setContentText(action + " without saving loses the edits made since the model was last saved in this "
                + "workspace.");
        ask.getDialogPane().setId("unsaved-changes");
        ask.getDialogPane().lookupButton(SAVE).setId("unsaved-save");
        ask.getDialogPane().lookupButton(DISCARD).setId("unsaved-discard");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("unsaved-cancel");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == DISCARD) {
            then.run();
        } else if (answer == SAVE) {
            versions.save().ifPresent((CompletableFuture<?> saved) -> saved.thenRunAsync(then, vm.fxThread()));
        }
    }
}
