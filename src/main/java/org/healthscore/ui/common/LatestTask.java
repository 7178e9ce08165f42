package org.healthscore.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Progress;

/**
 * Work a tab asks for, run on a worker thread: the latest request wins (an earlier one still running is told to
 * stop, and its result is dropped), progress and the result are applied on the FX thread, and Cancel stops it.
 * The one way tabs compute; each tab's view-model owns one.
 */
public final class LatestTask<T> {
    /** The work: checks {@code cancel} between steps and reports them to {@code progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Cancel cancel, Progress progress);
    }

    private final Executor worker;
    private final Executor fxThread;
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    /** 0–1 as steps complete; {@link javafx.scene.control.ProgressIndicator#INDETERMINATE_PROGRESS} before the first. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    public LatestTask(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /**
     * Starts {@code work}, superseding any earlier request. Exactly one of {@code onResult} and {@code onError} is
     * called on the FX thread, unless the request was superseded or cancelled first (then neither is).
     */
    public void run(Work<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        long id = latest.incrementAndGet();
        running.set(true);
        progress.set(-1);
        Cancel cancel = () -> latest.get() != id;
        worker.execute(() -> {
            if (cancel.isCancelled()) {
                return;
            }
            Progress steps = (done, total) -> fxThread.execute(() -> {
                if (latest.get() == id) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }
            });
            try {
                T result = work.run(cancel, steps);
                fxThread.execute(() -> finish(id, () -> onResult.accept(result)));
            } catch (CancellationException e) {
                // superseded or cancelled: whoever did it has moved on
            } catch (RuntimeException e) {
                fxThread.execute(() -> finish(id, () -> onError.accept(e)));
            }
        });
    }

    private void finish(long id, Runnable apply) {
        if (latest.get() == id) {
            running.set(false);
            apply.run();
        }
    }

    /** Stops the running request; nothing of it is applied. */
    public void cancel() {
        latest.incrementAndGet();
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
