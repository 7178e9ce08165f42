package org.healthscore.store;

/** Progress of an import; called from the importing thread. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (file, fraction, rows) -> { };

    /** @param fraction 0–1 over all files of the import */
    void progress(String file, double fraction, long rows);
}
