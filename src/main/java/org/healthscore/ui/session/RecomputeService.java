package org.healthscore.ui.session;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.HealthModel;

/**
 * The one place model edits are recomputed. Requests are coalesced: while a recompute runs, only the latest
 * new request is kept, and it starts as soon as the worker is free. Every finished result newer than the one on
 * screen is shown, even while newer requests wait — otherwise a drag that asks faster than the engine answers
 * would show nothing until the mouse stops. Older results are dropped. A running exact (slow, sort-based)
 * computation is cancelled when a newer request arrives; a quick binned one is allowed to finish.
 */
public final class RecomputeService {
    private static final Logger LOG = Logger.getLogger(RecomputeService.class.getName());

    /** Gives the engine to score a model with (it may first assemble columns the model newly needs). */
    @FunctionalInterface
    public interface EngineSource {
        ScoringEngine engineFor(HealthModel model);
    }

    /** A model to compute with options. */
    public record Request(EngineSource engines, HealthModel model, EvaluationOptions options) {
    }

    private final Executor worker;
    private final Executor deliverOn;
    private final Consumer<RecomputeResult> deliver;
    private final Consumer<Throwable> onError;
    private final AtomicLong latest = new AtomicLong();
    private long shown; // sequence of the result on screen; read and written on the delivery thread
    private Request pending;
    private long pendingSequence;
    private boolean running;

    public RecomputeService(Executor worker, Executor deliverOn, Consumer<RecomputeResult> deliver,
                            Consumer<Throwable> onError) {
        this.worker = worker;
        this.deliverOn = deliverOn;
        this.deliver = deliver;
        this.onError = onError;
    }

    /** Asks for a recompute; returns its sequence number. */
    public synchronized long submit(Request request) {
        long seq = latest.incrementAndGet();
        pending = request;
        pendingSequence = seq;
        if (!running) {
            startNext();
        }
        return seq;
    }

    public long latestSequence() {
        return latest.get();
    }

    private void startNext() {
        Request request = pending;
        long seq = pendingSequence;
        pending = null;
        running = true;
        try {
            worker.execute(() -> run(request, seq));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running = false; // the window is closing and its worker is gone: nothing left to show
        }
    }

    private void run(Request request, long seq) {
        try {
            Cancel superseded = request.options().exact() ? () -> latest.get() != seq : Cancel.NEVER;
            ScoringEngine engine = request.engines().engineFor(request.model());
            RecomputeResult result = RecomputeResult.compute(seq, engine, request.model(),
                    request.options(), superseded);
            deliverOn.execute(() -> {
                if (result.sequence() > shown) {
                    shown = result.sequence();
                    deliver.accept(result);
                }
            });
        } catch (CancellationException e) {
            // a newer request replaced this one; it is already pending
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recompute failed", e);
            deliverOn.execute(() -> onError.accept(e));
        } finally {
            synchronized (this) {
                running = false;
                if (pending != null) {
                    startNext();
                }
            }
        }
    }
}
