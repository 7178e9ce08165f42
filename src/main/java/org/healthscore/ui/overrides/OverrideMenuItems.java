package org.healthscore.ui.overrides;

import java.util.List;
import javafx.scene.control.MenuItem;
import org.healthscore.ui.FileDialogs;
import org.healthscore.ui.session.Session;

/** File → Import CSM overrides… and File → Export CSM overrides…. */
public final class OverrideMenuItems {
    private OverrideMenuItems() {
    }

    public static List<MenuItem> of(Session session, OverridesViewModel overrides, FileDialogs dialogs) {
        MenuItem in = new MenuItem("Import CSM overrides\u2026");
        in.setId("menu-import-overrides");
        in.setOnAction(e -> dialogs.open("Import CSM overrides", "CSV file", ".csv")
                .ifPresent(f -> overrides.importFile(f, OverrideDialog.defaultAuthor())));
        in.disableProperty().bind(session.workspace().workspaceProperty().map(w -> w.workspace().isReadOnly())
                .orElse(true)); // nothing to import into, or not writable
        MenuItem out = new MenuItem("Export CSM overrides\u2026");
        out.setId("menu-export-overrides");
        out.setOnAction(e -> dialogs.save("Export CSM overrides", "csm-overrides.csv", "CSV file", ".csv")
                .ifPresent(overrides::exportFile));
        out.disableProperty().bind(overrides.allProperty().map(List::isEmpty));
        return List.of(in, out);
    }
}
