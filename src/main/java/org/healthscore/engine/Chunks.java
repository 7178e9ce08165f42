package org.healthscore.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/** Splits a row range into chunks and runs them on all cores; a chunk is the unit of cancellation. */
public final class Chunks {
    static final int SIZE = 1 << 16;
    /** All cores: the common pool keeps one core back, which on a 2-core machine halves the throughput. */
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

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
        POOL.invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                invokeAll(tasks);
            }
        });
    }
}
