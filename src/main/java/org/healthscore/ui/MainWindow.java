package org.healthscore.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.healthscore.AppInfo;
import org.healthscore.ui.workbench.ModelFileCommandsView;
import org.healthscore.ui.workbench.WorkbenchView;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/** The window's content: the menu bar over the workbench. Menu commands call the view-model. */
public final class MainWindow extends BorderPane {

    public MainWindow(Stage stage, WorkbenchViewModel vm, FileDialogs dialogs) {
        setCenter(new WorkbenchView(vm));
        setTop(menuBar(stage, vm, dialogs));
    }

    private static MenuBar menuBar(Stage stage, WorkbenchViewModel vm, FileDialogs dialogs) {
        ModelFileCommandsView models = new ModelFileCommandsView(stage, vm, dialogs);
        MenuItem export = item("Export model…", "Shortcut+E", models::exportModel);
        export.setId("menu-export-model");
        export.disableProperty().bind(vm.modelProperty().isNull());
        MenuItem importModel = item("Import model…", "Shortcut+I", models::importModel);
        importModel.setId("menu-import-model");
        importModel.disableProperty().bind(vm.workspaceProperty().isNull());
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null, importModel, export, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        MenuItem about = item("About", null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, AppInfo.name() + " " + AppInfo.version()
                    + "\nDesign, validate and export customer health score models.", ButtonType.OK);
            a.initOwner(stage);
            a.show();
        });
        return new MenuBar(file, new Menu("Help", null, about));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

}
