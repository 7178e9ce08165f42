package org.healthscore.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: every menu command that has a key, read from the menu bar itself (so the list cannot
 * drift from the menus), then the keys that work on the workbench's controls.
 */
final class KeyboardShortcuts {
    /** Keys of the controls themselves, not of a menu. */
    static final List<String[]> ON_CONTROLS = List.of(
            new String[] {"Move a focused weight slider", "← →"},
            new String[] {"Next / previous control", "Tab / Shift+Tab"},
            new String[] {"Apply a typed value (exact %, thresholds)", "Enter"},
            new String[] {"Leave presentation mode", "Esc"});

    private KeyboardShortcuts() {
    }

    /** "Menu → Command" and its key, for each menu command with an accelerator, in menu order. */
    static List<String[]> fromMenus(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText(), menu.getItems(), rows);
        }
        return rows;
    }

    private static void collect(String path, List<MenuItem> items, List<String[]> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(path + " → " + sub.getText(), sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {path + " → " + item.getText(), item.getAccelerator().getDisplayText()});
            }
        }
    }

    static void show(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("keyboard-shortcuts");
        grid.setHgap(24);
        grid.setVgap(6);
        List<String[]> rows = new ArrayList<>(fromMenus(bar));
        rows.addAll(ON_CONTROLS);
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i)[1]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, new Label(rows.get(i)[0]), key);
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(grid);
        a.show();
    }
}
