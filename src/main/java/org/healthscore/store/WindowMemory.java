package org.healthscore.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The main window's size, place and maximized state when it was last closed, kept as a small properties file in
 * the user's data folder so the next start opens the window as the user left it. A missing or damaged file only
 * means the window opens at its first-start size.
 */
public final class WindowMemory {
    private static final Logger LOG = Logger.getLogger(WindowMemory.class.getName());
    /** Smaller than this is no window a user left on purpose: a damaged file. */
    private static final double SMALLEST = 200;

    /** Where the window was and how large, in screen coordinates; {@code maximized} as it was closed. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;

    public WindowMemory(Path file) {
        this.file = file;
    }

    public static WindowMemory inDataDir() {
        return new WindowMemory(AppPaths.dataDir().resolve("window.properties"));
    }

    /** The placement saved last; empty when there is none or the file cannot be read or makes no sense. */
    public Optional<Placement> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            Placement placement = new Placement(number(p, "x"), number(p, "y"), number(p, "width"),
                    number(p, "height"), Boolean.parseBoolean(p.getProperty("maximized")));
            if (!(placement.width() >= SMALLEST && placement.height() >= SMALLEST)) {
                throw new NumberFormatException("a window of " + placement.width() + " × " + placement.height());
            }
            return Optional.of(placement);
        } catch (IOException | RuntimeException e) {
            LOG.warning("ignoring " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves {@code placement}; failing to save never stops the user (it is logged). */
    public void save(Placement placement) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(placement.x()));
        p.setProperty("y", Double.toString(placement.y()));
        p.setProperty("width", Double.toString(placement.width()));
        p.setProperty("height", Double.toString(placement.height()));
        p.setProperty("maximized", Boolean.toString(placement.maximized()));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Health Score Workbench: the main window as it was last closed");
            }
        } catch (IOException e) {
            LOG.warning("cannot save " + file + ": " + e.getMessage());
        }
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new NumberFormatException("no " + key);
        }
        double d = Double.parseDouble(value.trim());
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(key + " is " + value);
        }
        return d;
    }
}
