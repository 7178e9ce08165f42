package org.healthscore.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the calling thread has waited, runnable, for a core: Linux's scheduler statistics
 * ({@code /proc/thread-self/schedstat}, its second field, in ns). With the thread's CPU time it splits a slow
 * frame's wall time into work, waiting for a core, and the rest (stopped by the JVM — a collection, a safepoint —
 * or blocked). Elsewhere it reads nothing ({@link #available()} false).
 */
final class RunQueueWait {
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
    private static final boolean AVAILABLE = read() >= 0;

    private RunQueueWait() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** Nanoseconds the calling thread has waited for a core since it started; -1 if unknown. */
    static long nanos() {
        return AVAILABLE ? read() : -1;
    }

    private static long read() {
        try {
            String[] fields = Files.readString(SCHEDSTAT).trim().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
