package org.healthscore.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Outputs written whole or not at all: into a new file beside the target (same folder, so the last step is a
 * rename), then moved into place in one step. A failure or a kill leaves an existing target as it was and no
 * half-written file under its name. The temporary file is made with the folder's usual permissions, so the
 * result can be shared like any file the user saves.
 */
public final class WholeFiles {
    /** Writes the content into the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private WholeFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path tmp = temporaryBeside(target);
        try {
            content.writeTo(tmp);
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /** A new empty file beside {@code target}, named after it and ending in ".part". */
    public static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        return Files.createFile(dir.resolve("." + target.getFileName() + "." + UUID.randomUUID().toString()
                .substring(0, 8) + ".part"));
    }

    /** Replaces {@code target} by {@code tmp} in one step. */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
