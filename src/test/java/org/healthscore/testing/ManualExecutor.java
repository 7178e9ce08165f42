package org.healthscore.testing;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/** An executor that runs what it was given only when the test says so, on the test's thread. */
public final class ManualExecutor implements Executor {
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
        waiting.add(r);
    }

    /** Runs everything given so far, and what that gives in turn. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            waiting.poll().run();
        }
    }

    /** Takes the oldest task without running it (to run it later, out of order). */
    public Runnable take() {
        return waiting.poll();
    }

    public int size() {
        return waiting.size();
    }

    public boolean isEmpty() {
        return waiting.isEmpty();
    }
}
