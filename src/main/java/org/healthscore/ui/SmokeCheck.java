package org.healthscore.ui;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * The packaged app's self-test: once the sample workspace is scored, render the whole window to an image
 * (off-screen) and quit, leaving a one-line report for the `smoke` command to print.
 */
public final class SmokeCheck {
    private static final AtomicReference<String> REPORT = new AtomicReference<>();
    private static final AtomicReference<Boolean> OK = new AtomicReference<>(false);

    private SmokeCheck() {
    }

    static void watch(Stage stage, WorkbenchViewModel vm) {
        vm.session().design().resultProperty().addListener((obs, old, r) -> {
            if (r == null || old != null) {
                return;
            }
            WritableImage image = stage.getScene().getRoot().snapshot(null, null);
            boolean rendered = image.getWidth() > 100 && image.getHeight() > 100;
            OK.set(rendered && r.evaluation().scored() > 0);
            REPORT.set(String.format(Locale.ROOT, "%s: %s, %,d accounts scored, AUC %.3f, window rendered %.0f×%.0f",
                    OK.get() ? "smoke ok" : "smoke FAILED", stage.getTitle(), r.evaluation().scored(),
                    r.evaluation().auc(), image.getWidth(), image.getHeight()));
            Platform.exit();
        });
        vm.session().status().errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                REPORT.set("smoke FAILED: " + message);
                Platform.exit();
            }
        });
    }

    /** The report after the app quit, or null if it never got that far. */
    public static String report() {
        return REPORT.get();
    }

    public static boolean passed() {
        return OK.get();
    }
}
