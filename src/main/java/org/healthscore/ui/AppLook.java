package org.healthscore.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The app's look: the AtlantaFX theme for every window and the workbench stylesheet on the main scene. One place,
 * so the drag bench and the documentation screenshots measure and show exactly what the app does.
 */
public final class AppLook {
    private AppLook() {
    }

    /** Applies the theme (process-wide) and the workbench stylesheet to {@code scene}; returns the scene. */
    public static Scene apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    /** The workbench stylesheet, for dialogs and other scenes that should look like the main window. */
    public static String stylesheet() {
        return AppLook.class.getResource("workbench.css").toExternalForm();
    }
}
