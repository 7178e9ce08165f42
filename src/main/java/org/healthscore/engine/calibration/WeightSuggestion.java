package org.healthscore.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Segment;

/**
 * Suggested weights for a model: one fit on every account with an outcome (for the default weights) and, when
 * the model has segments, one per segment fitted on that segment's accounts alone.
 *
 * @param all        the fit for the default weights
 * @param bySegment  one fit per model segment, in the model's segment order
 */
public record WeightSuggestion(Calibration all, List<Calibration> bySegment) {
    public WeightSuggestion {
        bySegment = List.copyOf(bySegment);
    }

    /** Fits on the points of {@code scores}; progress counts the overall fit's folds, then one step per segment. */
    public static WeightSuggestion fit(Scores scores, int folds, Cancel cancel, WeightCalibrator.Progress progress) {
        return fit(scores, folds, WeightCalibrator.Regularization.NONE, cancel, progress);
    }

    /** As {@link #fit(Scores, int, Cancel, WeightCalibrator.Progress)} with a floor per metric and a pull. */
    public static WeightSuggestion fit(Scores scores, int folds, WeightCalibrator.Regularization reg, Cancel cancel,
                                       WeightCalibrator.Progress progress) {
        HealthModel model = scores.model();
        double[] current = model.metrics().stream().mapToDouble(Metric::weight).toArray();
        int segments = model.segments().size();
        int total = folds + 1 + segments;
        Calibration all = WeightCalibrator.calibrate(scores.points(), scores.frame().accounts().outcome(), current,
                folds, reg, cancel, (done, ignored) -> progress.report(done, total));
        List<Calibration> bySegment = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            progress.report(folds + 1 + s, total);
            bySegment.add(WeightCalibrator.calibrateSegment(scores.points(), scores.frame().accounts().outcome(),
                    scores.segmentOf(), s, scores.weightsBySegment()[s + 1], folds, reg, cancel,
                    WeightCalibrator.Progress.NONE));
        }
        progress.report(total, total);
        return new WeightSuggestion(all, bySegment);
    }

    /**
     * The model with the suggested default weights and, for each segment index in {@code segmentsTaken}, that
     * segment's own suggestion; other segments are left as they are (weights they do not set follow the new
     * defaults, as any default edit does). Weights are rounded to 0.1 %.
     */
    public HealthModel applyTo(HealthModel model, Set<Integer> segmentsTaken) {
        List<Metric> metrics = new ArrayList<>();
        for (int j = 0; j < model.metrics().size(); j++) {
            metrics.add(model.metrics().get(j).withWeight(rounded(all.suggestedPercent()[j])));
        }
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < model.segments().size(); s++) {
            Segment seg = model.segments().get(s);
            if (segmentsTaken.contains(s)) {
                Map<String, Double> weights = new LinkedHashMap<>();
                for (int j = 0; j < model.metrics().size(); j++) {
                    weights.put(model.metrics().get(j).key(), rounded(bySegment.get(s).suggestedPercent()[j]));
                }
                seg = seg.withWeights(weights);
            }
            segments.add(seg);
        }
        return model.withMetrics(metrics).withSegments(segments);
    }

    private static double rounded(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
