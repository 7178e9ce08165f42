package org.healthscore.ui.modelfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.healthscore.model.HealthModel;
import org.healthscore.ui.HeadlessWorkbench;
import org.healthscore.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model → Properties… without a screen: what is taken, what is refused and why, and that figures stay. */
class ModelPropertiesCommandsTest {
    @TempDir
    Path dir;
    WorkbenchViewModel vm;
    ModelPropertiesCommands properties;

    @BeforeEach
    void open() {
        vm = HeadlessWorkbench.onSample(dir);
        properties = new ModelPropertiesCommands(vm.session());
    }

    @AfterEach
    void close() throws Exception {
        vm.close().get();
    }

    @Test
    void fieldsOverTheModelFilesLimitsAreRefusedNamingTheField() {
        HealthModel before = properties.current();
        assertEquals("The name is 201 characters; at most 200.", properties.apply("n".repeat(201), "", "", ""));
        assertEquals("The author is 201 characters; at most 200.", properties.apply("ok", "", "a".repeat(201), ""));
        assertEquals("The notes are 20001 characters; at most 20000.",
                properties.apply("ok", "", "", "x".repeat(20_001)));
        assertEquals("A model needs a name.", properties.apply(" \t ", "", "", ""));
        assertEquals(before, properties.current());
        assertFalse(vm.session().design().canUndoProperty().get());
    }

    @Test
    void propertiesChangeNoFigure() {
        var aucBefore = vm.session().design().resultProperty().get().evaluation().auc();
        assertNull(properties.apply("  Renewal risk  ", "For the Q4 review", " Ana ", "Line one\nLine two"));
        HealthModel m = properties.current();
        assertEquals(java.util.List.of("Renewal risk", "For the Q4 review", "Ana", "Line one\nLine two"),
                java.util.List.of(m.name(), m.description(), m.author(), m.notes()));
        assertEquals(aucBefore, vm.session().design().resultProperty().get().evaluation().auc(), 0.0);
        assertNull(properties.apply("Renewal risk", "For the Q4 review", "Ana", "Line one\nLine two"));
        vm.session().design().undo();
        assertEquals("Four-metric starter", properties.current().name(), "one undo step took them all back");
    }
}
