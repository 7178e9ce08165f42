package org.healthscore.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** The workspaces opened lately, newest first, kept as a small text file in the user's data folder. */
public final class RecentWorkspaces {
    private static final int MAX = 8;
    private static final Logger LOG = Logger.getLogger(RecentWorkspaces.class.getName());

    private final Path file;

    public RecentWorkspaces(Path file) {
        this.file = file;
    }

    public static RecentWorkspaces inDataDir() {
        return new RecentWorkspaces(AppPaths.dataDir().resolve("recent-workspaces.txt"));
    }

    /** Recent workspaces that still exist. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).filter(Files::isRegularFile).limit(MAX).toList();
        } catch (IOException e) {
            LOG.warning("cannot read " + file + ": " + e.getMessage());
            return List.of();
        }
    }

    /** Puts {@code workspace} first; returns the new list. Failing to save the list never stops the user. */
    public List<Path> remember(Path workspace) {
        List<Path> paths = new ArrayList<>(list());
        Path abs = workspace.toAbsolutePath().normalize();
        paths.remove(abs);
        paths.add(0, abs);
        List<Path> kept = paths.subList(0, Math.min(MAX, paths.size()));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, kept.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning("cannot save " + file + ": " + e.getMessage());
        }
        return List.copyOf(kept);
    }
}
