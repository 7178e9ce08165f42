package org.healthscore.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.testing.ManualExecutor;
import org.junit.jupiter.api.Test;

/** The one way tabs compute: latest request wins, progress and results on the FX thread, Cancel drops the work. */
class LatestTaskTest {
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor fx = new ManualExecutor();
    private final LatestTask<String> task = new LatestTask<>(worker, fx);
    private final List<String> applied = new ArrayList<>();
    private final List<Throwable> failed = new ArrayList<>();

    @Test
    void aNewerRequestSupersedesOneStillWaitingOrRunning() {
        task.run((cancel, progress) -> "first", applied::add, failed::add);
        task.run((cancel, progress) -> {
            progress.done(1, 4);
            return "second";
        }, applied::add, failed::add);
        assertTrue(task.runningProperty().get());
        assertEquals(-1, task.progressProperty().get(), "no step done yet: indeterminate");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("second"), applied, "the first was superseded before it ran: never applied");
        assertFalse(task.runningProperty().get());
        assertEquals(0.25, task.progressProperty().get(), 1e-12);
    }

    @Test
    void workThatFinishesAfterANewerRequestIsDropped() {
        List<Boolean> cancelSeen = new ArrayList<>();
        task.run((cancel, progress) -> "old", applied::add, failed::add);
        Runnable oldRun = worker.take(); // started before the next request
        task.run((cancel, progress) -> "new", applied::add, failed::add);
        task.run((cancel, progress) -> {
            cancelSeen.add(cancel.isCancelled());
            return "newest";
        }, applied::add, failed::add);
        oldRun.run();
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("newest"), applied);
        assertEquals(List.of(false), cancelSeen, "the newest request is not told to stop");
    }

    @Test
    void cancelStopsTheWorkAndAppliesNothing() {
        task.run((cancel, progress) -> {
            cancel.check(); // as the engine does between chunks
            return "never";
        }, applied::add, failed::add);
        Runnable started = worker.take();
        task.cancel();
        assertFalse(task.runningProperty().get(), "Cancel hides the progress at once");
        // the work was already handed to the worker: it sees the cancel, stops, and nothing is applied
        worker.execute(started);
        worker.runAll();
        fx.runAll();
        assertEquals(List.of(), applied);
        assertEquals(List.of(), failed, "a cancelled task is not a failure");
    }

    @Test
    void aFailureReachesItsHandlerOnTheFxThread() {
        task.run((cancel, progress) -> {
            throw new IllegalArgumentException("no outcome column");
        }, applied::add, failed::add);
        worker.runAll();
        assertEquals(List.of(), failed, "nothing before the FX thread runs");
        fx.runAll();
        assertEquals(1, failed.size());
        assertEquals("no outcome column", failed.get(0).getMessage());
        assertFalse(task.runningProperty().get());
    }
}
