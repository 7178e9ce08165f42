package org.healthscore.engine;

import org.healthscore.model.HealthModel;

/** One finished recompute: the model it was for, its scores and evaluation, and how long it took. */
public record RecomputeResult(long sequence, HealthModel model, Scores scores, Evaluation evaluation,
                              EvaluationOptions options, double millis) {

    public static RecomputeResult compute(long sequence, ScoringEngine engine, HealthModel model,
                                          EvaluationOptions options, Cancel cancel) {
        return Evaluator.scoreAndEvaluate(sequence, engine, model, options, cancel);
    }

    /** The same figures for the model under another name: a name scores nothing, so nothing is recomputed. */
    public RecomputeResult renamed(String name) {
        return new RecomputeResult(sequence, model.withName(name), scores, evaluation, options, millis);
    }
}
