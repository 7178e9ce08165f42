package org.healthscore.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of this build, from the filtered app.properties. */
public final class AppInfo {
    private static final Properties PROPS = load();

    private AppInfo() {
    }

    public static String name() {
        return PROPS.getProperty("name", "Health Score Workbench");
    }

    public static String version() {
        return PROPS.getProperty("version", "dev");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // defaults above
        }
        return p;
    }
}
