package org.healthscore.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a chart shows as a PNG file. */
public final class ChartPng {
    private ChartPng() {
    }

    /** Snapshot on the FX thread (it must be), then write the file. */
    public static void save(Node chart, Path file) throws IOException {
        WritableImage image = chart.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
