package org.healthscore.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file. The app uses native choosers; tests answer with a path of their own. */
public interface FileDialogs {
    Optional<Path> save(String title, String suggestedName, String description, String extension);

    Optional<Path> open(String title, String description, String extension);

    /** Several files at once (an empty list when the user cancels). */
    java.util.List<Path> openMany(String title, String description, String... extensions);
}
