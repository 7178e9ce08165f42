package org.healthscore.ui.session;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.LockSupport;

/**
 * A full garbage collection that really happens. G1 drops a {@code System.gc()} that arrives while another thread
 * is inside a JNI critical section (the renderer drawing, SQLite reading) and runs only a young collection later
 * ("GCLocker Initiated GC"); the data just read then stayed in the young generation and was copied during the first
 * drag (pauses of 100–155 ms, docs/PERFORMANCE.md). So the request is repeated until a full collection is counted.
 */
final class FullCollection {
    private static final int ATTEMPTS = 10;

    private FullCollection() {
    }

    /** Collects the whole heap; true when a full collection was seen to run (not on collectors that hide it). */
    static boolean run() {
        long before = fullCollections();
        if (before < 0) {
            System.gc(); // a collector without an old generation to count (ZGC, Shenandoah): ask once
            return false;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            System.gc();
            if (fullCollections() > before) {
                return true;
            }
            LockSupport.parkNanos(20_000_000L); // let the critical section end (this runs on the workspace thread)
        }
        return false;
    }

    /**
     * Collections of the old generation (G1 "G1 Old Generation", Parallel "PS MarkSweep", Serial
     * "MarkSweepCompact"), or -1 when the collector has none to count.
     */
    static long fullCollections() {
        long n = -1;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Old") || name.contains("MarkSweep")) {
                n = Math.max(n, 0) + Math.max(0, gc.getCollectionCount());
            }
        }
        return n;
    }
}
