package org.healthscore.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Named daemon threads for background work, with uncaught exceptions logged instead of lost. */
public final class FxExecutors {
    private static final Logger LOG = Logger.getLogger(FxExecutors.class.getName());

    private FxExecutors() {
    }

    public static ExecutorService single(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.log(Level.SEVERE, "uncaught in " + th.getName(), e));
            return t;
        });
    }
}
