package org.healthscore.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clean-up of temporary folders and of workspace files. */
public final class Folders {
    private Folders() {
    }

    /** Deletes {@code dir} and everything in it, as far as it can (null: nothing); a leftover is harmless. */
    public static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // gone already, or unreadable: nothing more to do
        }
    }

    /** Deletes a workspace file with its SQLite companions (WAL, shared memory) and its lock file. */
    public static void deleteWorkspace(Path file) throws IOException {
        for (String suffix : java.util.List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
