package org.healthscore.ui.session;

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
    void aBurstOfEditsComputesTheFirstAndTheLatestAndShowsBoth() {
        service.submit(request(1));   // starts at once
        service.submit(request(2));   // waits …
        service.submit(request(3));   // … and is replaced by this one: 2 is never computed
        assertEquals(1, worker.size(), "one computation at a time");
        worker.poll().run();          // finishes weight 1 and starts weight 3
        drain(fx);
        assertEquals(1, delivered.size(), "a drag shows intermediate results instead of waiting for the end");
        assertEquals(1.0, delivered.get(0).model().metrics().get(0).weight());
        assertEquals(1, worker.size());
        worker.poll().run();
        drain(fx);
        assertEquals(List.of(1.0, 3.0), delivered.stream().map(r -> r.model().metrics().get(0).weight()).toList());
        assertTrue(worker.isEmpty());
    }

    @Test
    void anOlderResultArrivingAfterANewerOneIsDropped() {
        RecomputeService.Request older = request(1);
        service.submit(older);
        Runnable first = worker.poll();
        service.submit(request(5));   // waits for the worker
        first.run();                  // delivers 1 later (queued), starts 5
        Runnable second = worker.poll();
        second.run();                 // 5 is queued for delivery after 1
        // deliver in reverse order, as if the FX thread received them out of order
        Runnable deliverOne = fx.poll();
        Runnable deliverFive = fx.poll();
        deliverFive.run();
        deliverOne.run();
        assertEquals(1, delivered.size());
        assertEquals(5.0, delivered.get(0).model().metrics().get(0).weight(), "the older result did not replace it");
    }
}
