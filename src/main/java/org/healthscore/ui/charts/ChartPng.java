package org.healthscore.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.healthscore.store.WholeFiles;

/** Writes an image as a PNG file, whole or not at all (beside the file, then moved into place). */
public final class ChartPng {
    private ChartPng() {
    }

    public static void write(Image image, Path file) throws IOException {
        var pixels = SwingFXUtils.fromFXImage(image, null);
        WholeFiles.write(file, tmp -> {
            if (!ImageIO.write(pixels, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
