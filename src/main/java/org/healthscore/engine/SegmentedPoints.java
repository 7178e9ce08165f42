package org.healthscore.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.healthscore.model.Metric;
import org.healthscore.model.Segment;

/**
 * A metric's points column when segments have their own points for it: each account's points by its segment's
 * version of the metric ({@link Segment#metricIn}), the model's elsewhere. The column is kept while its parts are
 * the same arrays, so that a drag of a weight sees the metric as unchanged (PartialSums compares columns by
 * identity).
 */
final class SegmentedPoints {
    private record Merged(double[] base, int[] segmentOf, List<double[]> own, double[] points) {
    }

    private final Map<String, Merged> merged = new HashMap<>();

    /**
     * @param base     the metric's points for every account by the model's own version of it
     * @param variants a version of the metric to its points for every account (cached by the engine), given
     *                 the key to cache it under
     */
    double[] of(Metric metric, double[] base, List<Segment> segments, int[] segmentOf,
                BiFunction<Metric, String, double[]> variants) {
        double[][] bySegment = new double[segments.size()][]; // null: the segment scores by the model's points
        List<double[]> own = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            if (segments.get(s).points().containsKey(metric.key())) {
                bySegment[s] = variants.apply(segments.get(s).metricIn(metric), metric.key() + "\u0000" + s);
                own.add(bySegment[s]);
            }
        }
        if (own.isEmpty()) {
            return base;
        }
        Merged kept = merged.get(metric.key());
        if (kept != null && kept.base() == base && kept.segmentOf() == segmentOf && sameArrays(kept.own(), own)) {
            return kept.points();
        }
        double[] points = base.clone();
        for (int i = 0; i < points.length; i++) {
            int s = segmentOf[i];
            if (s >= 0 && bySegment[s] != null) {
                points[i] = bySegment[s][i];
            }
        }
        merged.put(metric.key(), new Merged(base, segmentOf, own, points));
        return points;
    }

    private static boolean sameArrays(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
