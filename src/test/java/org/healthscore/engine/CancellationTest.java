package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthscore.data.AccountFrame;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;

class CancellationTest {
    @Test
    void aSupersededScoringStopsBetweenChunks() {
        AccountFrame frame = SyntheticFrame.generate(300_000, 4, 1);
        HealthModel model = SyntheticFrame.model(4);
        AtomicInteger checks = new AtomicInteger();
        // "a newer request arrived" after the first few chunks
        Cancel superseded = () -> checks.incrementAndGet() > 3;
        assertThrows(CancellationException.class, () -> new ScoringEngine(frame).score(model, superseded));
        assertTrue(checks.get() < 20, "stopped early, after " + checks.get() + " checks");
    }

    @Test
    void aSupersededEvaluationStops() {
        AccountFrame frame = SyntheticFrame.generate(300_000, 4, 2);
        Scores scores = new ScoringEngine(frame).score(SyntheticFrame.model(4), Cancel.NEVER);
        assertThrows(CancellationException.class,
                () -> Evaluator.evaluate(scores, EvaluationOptions.DEFAULT, () -> true));
    }
}
