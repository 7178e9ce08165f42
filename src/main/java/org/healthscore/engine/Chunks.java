package org.healthscore.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/** Splits a row range into chunks and runs them on all cores; a chunk is the unit of cancellation. */
public final class Chunks {
    static final int SIZE = 1 << 16;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** All cores: the common pool keeps one core back, which on a 2-core machine halves the throughput. */
    private static final ForkJoinPool ALL_CORES = new ForkJoinPool(CORES);
    /**
     * For a window's live previews during a drag, leaving one core to the FX thread and the renderer: on 2 cores,
     * previews on both made the drag benchmark's p95 latency 1.5–3× worse and its longest FX frames twice as long.
     */
    private static final ForkJoinPool ALL_BUT_ONE = new ForkJoinPool(Math.max(1, CORES - 1));

    /** Work over rows [from, to) of one chunk, identified by its index. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    private Chunks() {
    }

    public static int count(int rows) {
        return Math.max(1, (rows + SIZE - 1) / SIZE);
    }

    static void forEach(int rows, Cancel cancel, ChunkBody body) {
        forEach(rows, cancel, body, false);
    }

    /** As above, on all cores but one when {@code spareACore}. */
    static void forEach(int rows, Cancel cancel, ChunkBody body, boolean spareACore) {
        int chunks = count(rows);
        if (chunks == 1) {
            cancel.check();
            body.run(0, 0, rows);
            return;
        }
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[chunks];
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            tasks[c] = new RecursiveAction() {
                @Override
                protected void compute() {
                    cancel.check();
                    body.run(chunk, chunk * SIZE, Math.min(rows, (chunk + 1) * SIZE));
                }
            };
        }
        (spareACore ? ALL_BUT_ONE : ALL_CORES).invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                invokeAll(tasks);
            }
        });
    }
}
