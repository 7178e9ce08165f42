package org.healthscore.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights, bands and points one view edits: the model's own (all accounts), or a segment's. Editing a segment
 * that has no entry in the model yet adds one (filtering on the segment column), starting from the model's weights.
 */
public final class SegmentWeights {
    private SegmentWeights() {
    }

    /** The metrics with the weights that apply to {@code segmentValue} (null: the model's own). */
    public static List<Metric> effective(HealthModel model, String segmentValue) {
        Segment s = find(model, segmentValue);
        if (s == null) {
            return model.metrics();
        }
        List<Metric> out = new ArrayList<>();
        for (Metric m : model.metrics()) {
            out.add(m.withWeight(s.weightOf(m)));
        }
        return out;
    }

    /** The model with {@code weighted}'s weights applied to {@code segmentValue}'s view. */
    public static HealthModel with(HealthModel model, String segmentValue, String segmentColumn, List<Metric> weighted) {
        if (segmentValue == null) {
            List<Metric> metrics = new ArrayList<>();
            for (Metric m : model.metrics()) {
                metrics.add(m.withWeight(weightOf(weighted, m.key(), m.weight())));
            }
            return model.withMetrics(metrics);
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Metric m : weighted) {
            weights.put(m.key(), m.weight());
        }
        List<Segment> segments = new ArrayList<>(model.segments());
        Segment existing = find(model, segmentValue);
        if (existing == null) {
            segments.add(new Segment(segmentValue, segmentColumn, List.of(segmentValue), weights, null));
        } else {
            segments.set(segments.indexOf(existing), existing.withWeights(weights));
        }
        return model.withSegments(segments);
    }

    /** The segment entry whose filter is exactly this one value, or null. */
    public static Segment find(HealthModel model, String segmentValue) {
        if (segmentValue == null) {
            return null;
        }
        for (Segment s : model.segments()) {
            if (s.values().equals(List.of(segmentValue))) {
                return s;
            }
        }
        return null;
    }

    private static double weightOf(List<Metric> metrics, String key, double fallback) {
        return metrics.stream().filter(m -> m.key().equals(key)).mapToDouble(Metric::weight).findFirst()
                .orElse(fallback);
    }

    /** The model with {@code bands} (kept best first) for {@code segmentValue}'s view (null: the model's own). */
    public static HealthModel withBands(HealthModel model, String segmentValue, String segmentColumn, List<Band> bands) {
        List<Band> sorted = Bands.descending(bands);
        if (segmentValue == null) {
            return model.withBands(sorted);
        }
        HealthModel withSegment = with(model, segmentValue, segmentColumn, effective(model, segmentValue));
        Segment seg = find(withSegment, segmentValue);
        List<Segment> segments = new ArrayList<>(withSegment.segments());
        segments.set(segments.indexOf(seg), seg.withBands(sorted));
        return withSegment.withSegments(segments);
    }

    /** {@code metric} as {@code segmentValue}'s view scores it: with the segment's own points, if it has them. */
    public static Metric scoredIn(HealthModel model, String segmentValue, Metric metric) {
        Segment s = find(model, segmentValue);
        return s == null ? metric : s.metricIn(metric);
    }

    /**
     * The model with {@code own} as {@code segmentValue}'s points for metric {@code key} (null: the model's points
     * again); the segment entry is added, with the model's weights, when the view has none yet.
     */
    public static HealthModel withPoints(HealthModel model, String segmentValue, String segmentColumn, String key,
                                         SegmentPoints own) {
        if (find(model, segmentValue) == null && own == null) {
            return model;
        }
        HealthModel withSegment = with(model, segmentValue, segmentColumn, effective(model, segmentValue));
        Segment seg = find(withSegment, segmentValue);
        List<Segment> segments = new ArrayList<>(withSegment.segments());
        segments.set(segments.indexOf(seg), seg.withPoints(key, own));
        return withSegment.withSegments(segments);
    }
}
