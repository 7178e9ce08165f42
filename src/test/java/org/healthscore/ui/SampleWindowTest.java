package org.healthscore.ui;

import javafx.stage.Stage;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * GUI tests on the real main window with a fresh copy of the sample workspace open (1400 × 950). TestFX finds
 * only a test class's own {@code @Start} method, so each subclass has one that calls {@link #openSample}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    final FakeDialogs dialogs = new FakeDialogs();
    WorkbenchViewModel vm;
    WorkbenchHarness harness;

    void openSample(Stage stage) {
        harness = new WorkbenchHarness(stage, dialogs, 1400, 950).withSample();
        vm = harness.vm;
    }

    @AfterEach
    void stop() {
        harness.stop();
    }
}
