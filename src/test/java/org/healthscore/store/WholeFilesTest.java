package org.healthscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output of the app (reports, PNGs, model files, mappings, score files) is written whole or not at all. */
class WholeFilesTest {
    @TempDir
    Path dir;

    private long partFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheExistingFileAsItWasAndNoPartFile() throws Exception {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "the report from last week");
        IOException e = assertThrows(IOException.class, () -> WholeFiles.write(target, tmp -> {
            Files.writeString(tmp, "half of a new rep");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("the report from last week", Files.readString(target));
        assertEquals(0, partFiles());
    }

    @Test
    void aWholeWriteReplacesTheFileAndCanBeSharedLikeAnyOther() throws Exception {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "old");
        WholeFiles.writeString(target, "new report");
        assertEquals("new report", Files.readString(target));
        assertEquals(0, partFiles());
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            // made like a file the user saves (the umask decides), not the owner-only mode of a temporary file
            Path plain = Files.createFile(dir.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
            assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_READ));
        }
    }
}
