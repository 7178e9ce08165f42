package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.healthscore.store.WindowMemory.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aSavedPlacementComesBackAsItWasSaved() {
        WindowMemory memory = new WindowMemory(dir.resolve("settings/window.properties"));
        assertEquals(Optional.empty(), memory.load(), "nothing saved yet");
        Placement left = new Placement(-1700.5, 40, 1500, 930, true);
        memory.save(left);
        assertEquals(Optional.of(left), new WindowMemory(dir.resolve("settings/window.properties")).load());
    }

    @Test
    void aDamagedOrNonsenseFileIsIgnoredSoTheWindowOpensAtItsFirstStartSize() throws Exception {
        Path file = dir.resolve("window.properties");
        WindowMemory memory = new WindowMemory(file);
        Files.writeString(file, "x=10\ny=10\nwidth=wide\nheight=800\n");
        assertTrue(memory.load().isEmpty(), "width not a number");
        Files.writeString(file, "x=10\ny=10\nwidth=1200\n");
        assertTrue(memory.load().isEmpty(), "height missing");
        Files.writeString(file, "x=10\ny=10\nwidth=3\nheight=2\n");
        assertTrue(memory.load().isEmpty(), "a 3 × 2 window is no window a user left");
        Files.writeString(file, "x=NaN\ny=10\nwidth=1200\nheight=800\n");
        assertTrue(memory.load().isEmpty(), "x not finite");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '\\', 'u', 'z'});
        assertTrue(memory.load().isEmpty(), "binary garbage");
    }
}
