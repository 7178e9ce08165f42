package org.healthscore.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthscore.store.WholeFiles;

/** Outputs written whole or not at all: to a temporary file beside the target, then moved into place. */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Refuses, before anything is computed or written, a target whose folder does not exist or cannot be
     * written to: one line naming the folder, instead of the name of a temporary file that could not be made.
     */
    static void checkWritable(Path target, String option) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + target + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(option + " " + target + ": the folder " + dir
                    + " cannot be written to");
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(option + " " + target + " is a folder; give a file name");
        }
    }

    /** A new empty file beside {@code target} (same folder, so the final move is a rename). */
    static Path temporaryBeside(Path target) throws IOException {
        return WholeFiles.temporaryBeside(target);
    }

    /** Replaces {@code target} by {@code tmp} in one step. */
    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        WholeFiles.moveIntoPlace(tmp, target);
    }

    static void writeWhole(Path target, String text) throws IOException {
        WholeFiles.writeString(target, text);
    }
}
