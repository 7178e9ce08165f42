package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.healthscore.store.WindowMemory;
import org.healthscore.store.WindowMemory.Placement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A window placed by {@link WindowPlacement} opens where it was closed the time before. */
class WindowPlacementSaveTest {
    @TempDir
    Path dir;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void closingSavesTheWindowsBoundsAndTheNextWindowOpensWithThem() throws Exception {
        WindowMemory memory = new WindowMemory(dir.resolve("window.properties"));
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane()));
            WindowPlacement.apply(stage, memory);
            stage.show();
            stage.setX(20);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
            stage.hide();
        });
        assertEquals(Optional.of(new Placement(20, 30, 900, 640, false)), memory.load());
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane()));
            WindowPlacement.apply(stage, memory);
        });
        assertEquals(900, stage.getWidth());
        assertEquals(640, stage.getHeight());
        assertEquals(20, stage.getX());
    }
}
