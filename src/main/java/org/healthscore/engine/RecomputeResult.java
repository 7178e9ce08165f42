package org.healthscore.engine;

import java.util.List;
import org.healthscore.model.Band;
import org.healthscore.model.HealthModel;

/**
 * One finished recompute: the model it was for, its evaluation, the bands it was banded with, how long it took,
 * and — for a settled (exact) result only — its per-account scores. A live preview keeps no per-account scores:
 * during a drag they are the engine's one preview buffer, overwritten by the next preview, so they are not
 * published here and no reader can see them change ({@link #scores()} refuses; see decision record 0005).
 *
 * @param settledScores the per-account scores of a settled result; null for a live preview
 */
public record RecomputeResult(long sequence, HealthModel model, Scores settledScores, List<Band> bands,
                              Evaluation evaluation, EvaluationOptions options, double millis) {

    public static RecomputeResult compute(long sequence, ScoringEngine engine, HealthModel model,
                                          EvaluationOptions options, Cancel cancel) {
        return Evaluator.scoreAndEvaluate(sequence, engine, model, options, cancel);
    }

    /** A result of {@code scores}: kept whole when settled, without its per-account scores when a preview. */
    static RecomputeResult of(long sequence, Scores scores, Evaluation evaluation, EvaluationOptions options,
                              double millis) {
        return new RecomputeResult(sequence, scores.model(), options.exact() ? scores : null, scores.bands(),
                evaluation, options, millis);
    }

    /** Whether this is a settled result (exact figures and its per-account scores), not a live preview. */
    public boolean settled() {
        return settledScores != null;
    }

    /**
     * The per-account scores of a settled result.
     *
     * @throws IllegalStateException for a live preview, whose scores were valid only while it was evaluated
     */
    public Scores scores() {
        if (settledScores == null) {
            throw new IllegalStateException("a live preview keeps no per-account scores: read a settled result");
        }
        return settledScores;
    }

    /** The same figures for the model under another name: a name scores nothing, so nothing is recomputed. */
    public RecomputeResult renamed(String name) {
        return new RecomputeResult(sequence, model.withName(name), settledScores, bands, evaluation, options, millis);
    }
}
