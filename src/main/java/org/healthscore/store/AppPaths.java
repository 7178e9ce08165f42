package org.healthscore.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the user's workspaces and settings live: the OS's usual application-data folder, never the
 * installation. The system property {@code hsw.home} overrides it (tests, portable use).
 */
public final class AppPaths {
    public static final String HOME_PROPERTY = "hsw.home";
    private static final String FOLDER = "health-score-workbench";

    private AppPaths() {
    }

    public static Path dataDir() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Health Score Workbench");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Health Score Workbench");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(FOLDER);
    }

    public static Path sampleWorkspace() {
        return dataDir().resolve("sample" + Workspace.EXTENSION);
    }
}
