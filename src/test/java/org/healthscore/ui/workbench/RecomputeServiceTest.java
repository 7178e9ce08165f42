package org.healthscore.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;

/** Coalescing and stale-result dropping, with the worker and the FX thread stepped by hand: no timing. */
class RecomputeServiceTest {
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<RecomputeResult> delivered = new ArrayList<>();
    private final ScoringEngine engine = new ScoringEngine(SyntheticFrame.generate(2000, 3, 7));
    private final RecomputeService service = new RecomputeService(worker::add, fx::add, delivered::add,
            e -> { throw new AssertionError(e); });

    private RecomputeService.Request request(double weight) {
        HealthModel base = SyntheticFrame.model(3);
        return new RecomputeService.Request(m -> engine, base.withMetric(base.metrics().get(0).withWeight(weight)),
                EvaluationOptions.DEFAULT.withExact(false));
    }

    private static void drain(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.poll().run();
        }
    }

    @Test
    void aBurstOfEditsComputesTheFirstAndTheLatestOnly() {
        service.submit(request(1));   // starts at once
        service.submit(request(2));   // waits …
        service.submit(request(3));   // … and is replaced by this one
        assertEquals(1, worker.size(), "one computation at a time");
        worker.poll().run();          // finishes weight 1 (already stale) and starts weight 3
        assertEquals(1, worker.size());
        worker.poll().run();
        drain(fx);
        assertEquals(1, delivered.size(), "the stale result for weight 1 was dropped");
        assertEquals(3.0, delivered.get(0).model().metrics().get(0).weight());
        assertTrue(worker.isEmpty());
    }

    @Test
    void aResultOvertakenWhileWaitingForTheFxThreadIsDropped() {
        service.submit(request(1));
        worker.poll().run();          // computed; delivery queued on the FX thread
        service.submit(request(5));   // the user moved on before the FX thread ran
        drain(fx);
        assertTrue(delivered.isEmpty());
        worker.poll().run();
        drain(fx);
        assertEquals(5.0, delivered.get(0).model().metrics().get(0).weight());
    }
}
