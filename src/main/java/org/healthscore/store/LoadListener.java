package org.healthscore.store;

/** Told how far reading a workspace's data has come: rows read of all its datasets' rows. Any thread. */
@FunctionalInterface
public interface LoadListener {
    LoadListener NONE = (read, total) -> { };

    void progress(long rowsRead, long rowsTotal);
}
