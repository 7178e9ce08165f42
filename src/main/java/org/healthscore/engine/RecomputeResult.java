package org.healthscore.engine;

import org.healthscore.model.HealthModel;

/** One finished recompute: the model it was for, its scores and evaluation, and how long it took. */
public record RecomputeResult(long sequence, HealthModel model, Scores scores, Evaluation evaluation,
                              EvaluationOptions options, double millis) {

    public static RecomputeResult compute(long sequence, ScoringEngine engine, HealthModel model,
                                          EvaluationOptions options, Cancel cancel) {
        long t0 = System.nanoTime();
        Scores scores = engine.score(model, cancel);
        Evaluation evaluation = Evaluator.evaluate(scores, options, cancel);
        return new RecomputeResult(sequence, model, scores, evaluation, options, (System.nanoTime() - t0) / 1e6);
    }
}
