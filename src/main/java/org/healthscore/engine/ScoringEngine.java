package org.healthscore.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.DataColumn;
import org.healthscore.model.Band;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Segment;

/**
 * Scores a frame with successive versions of a model, caching each metric's points: a weight change only
 * re-runs the weighted sum; a normalization change recomputes that one metric's points. One engine serves
 * one frame; callers serialize access (the recompute service does).
 */
public final class ScoringEngine {
    private record CachedPoints(Metric metric, DataColumn raw, double[] points) {
    }

    private final AccountFrame frame;
    private final boolean previewsLeaveACore;
    private final Map<String, CachedPoints> cache = new HashMap<>();
    private final SegmentedPoints segmented = new SegmentedPoints();
    private int[] segmentOf;
    private List<Segment> segmentsAssigned;
    /** What the last score was computed from, to see which one metric a drag is changing. */
    private double[][] lastPoints;
    private double[][] lastWeights;
    private int[] lastSegmentOf;
    private int lastSoleChange = -1;
    private PartialSums partial;
    /**
     * The score and band arrays every preview writes into, instead of new ones: at a million accounts a drag's
     * 9 MB a preview were nine tenths of what it allocated, and set off a young collection every 0.7 s whose pause
     * could fall inside a frame (docs/PERFORMANCE.md).
     */
    private double[] previewScore;
    private byte[] previewBand;

    public ScoringEngine(AccountFrame frame) {
        this(frame, false);
    }

    /**
     * @param previewsLeaveACore live previews run on all cores but one, as a window needs: its FX thread and
     *                           renderer keep a core while a drag recomputes ({@link Chunks#forEach(int, Cancel,
     *                           Chunks.ChunkBody, boolean)}); settled results use every core either way
     */
    public ScoringEngine(AccountFrame frame, boolean previewsLeaveACore) {
        this.frame = frame;
        this.previewsLeaveACore = previewsLeaveACore;
    }

    public AccountFrame frame() {
        return frame;
    }

    /** An engine on a frame that differs in some metric columns, keeping the points of the others cached. */
    public synchronized ScoringEngine withFrame(AccountFrame newFrame) {
        ScoringEngine next = new ScoringEngine(newFrame, previewsLeaveACore);
        if (newFrame.accounts() == frame.accounts()) {
            next.cache.putAll(cache);
            next.segmentOf = segmentOf;
            next.segmentsAssigned = segmentsAssigned;
        }
        return next;
    }

    public Scores score(HealthModel model, Cancel cancel) {
        return score(model, cancel, null);
    }

    /**
     * Scores, running {@code afterChunk} on each chunk of accounts right after it is scored (on the same
     * worker), so that a live evaluation can count it while its scores are still in cache.
     */
    public Scores score(HealthModel model, Cancel cancel, ChunkTally afterChunk) {
        return score(model, cancel, afterChunk, false);
    }

    /**
     * As above; a {@code preview} (a live result during a drag, not the settled one) may be computed from the
     * other metrics' sums kept from the previous score when only one metric changed ({@link PartialSums}).
     * A preview's per-account {@link Scores#score()} and {@link Scores#band()} are this engine's one preview
     * buffer, overwritten by its next preview: read them only until then (as {@code afterChunk} and the
     * evaluation made from them do); what is kept of a preview is its evaluation.
     */
    public synchronized Scores score(HealthModel model, Cancel cancel, ChunkTally afterChunk, boolean preview) {
        List<Metric> metrics = model.metrics();
        int k = metrics.size();
        int n = frame.size();
        int[] segments = segmentsOf(model.segments());
        double[][] points = new double[k][];
        for (int j = 0; j < k; j++) {
            Metric metric = metrics.get(j);
            points[j] = segmented.of(metric, pointsOf(metric, metric.key(), cancel), model.segments(), segments,
                    (variant, key) -> pointsOf(variant, key, cancel));
        }
        double[][] weights = weightsBySegment(model);
        BandScheme scheme = BandScheme.of(model);
        double[][] lowerBounds = new double[model.segments().size() + 1][];
        for (int s = -1; s < model.segments().size(); s++) {
            lowerBounds[s + 1] = scheme.bandsFor(model, s).stream().mapToDouble(Band::lowerBound).toArray();
        }
        if (preview && (previewScore == null || previewScore.length != n)) {
            previewScore = new double[n];
            previewBand = new byte[n];
        }
        double[] score = preview ? previewScore : new double[n]; // the kernels write every account
        byte[] band = preview ? previewBand : new byte[n];
        Chunks.ChunkBody after = afterChunk == null ? null
                : (chunk, from, to) -> afterChunk.tally(chunk, from, to, score, band);
        double[] factors = preview ? keptSumsFor(points, weights, segments, cancel) : null;
        boolean spareACore = preview && previewsLeaveACore;
        if (factors != null) {
            partial.score(points[partial.focus], weights, factors, lowerBounds, scheme.segmentToGlobal(), score, band,
                    cancel, after, spareACore);
        } else {
            ScoreKernel.score(points, weights, segments, lowerBounds, scheme.segmentToGlobal(), score, band, cancel,
                    after, spareACore);
        }
        lastPoints = points;
        lastWeights = weights;
        lastSegmentOf = segments;
        return new Scores(model, frame, score, band, scheme, segments, points, weights);
    }

    /**
     * The factors with which the kept sums give these scores, building the sums first when the same one metric
     * changed in the last two scores (a drag); null when they cannot serve (then every metric is summed again).
     */
    private double[] keptSumsFor(double[][] points, double[][] weights, int[] segments, Cancel cancel) {
        double[] factors = partial == null ? null : partial.factorsFor(points, weights, segments);
        if (factors != null || lastPoints == null || lastSegmentOf != segments) {
            return factors;
        }
        int focus = PartialSums.soleChange(lastPoints, lastWeights, points, weights);
        boolean dragging = focus >= 0 && focus == lastSoleChange;
        lastSoleChange = focus;
        if (!dragging) {
            return null; // a one-off edit: building the sums would cost more than the one full pass they save
        }
        partial = PartialSums.build(points, weights, segments, focus, cancel, previewsLeaveACore);
        return partial.factorsFor(points, weights, segments);
    }

    /** The metric whose change the kept sums are for, -1 if none: for tests. */
    synchronized int previewFocus() {
        return partial == null ? -1 : partial.focus;
    }

    /** Counts one chunk of freshly computed scores and bands. */
    @FunctionalInterface
    public interface ChunkTally {
        void tally(int chunk, int from, int to, double[] score, byte[] band);
    }

    /** A metric's points for every account, kept under {@code cacheKey} while the metric's points stay the same. */
    private double[] pointsOf(Metric metric, String cacheKey, Cancel cancel) {
        DataColumn raw = frame.metric(metric.key());
        CachedPoints cached = cache.get(cacheKey);
        if (cached != null && cached.raw() == raw && !cached.metric().pointsDifferFrom(metric)) {
            return cached.points();
        }
        double[] points = MetricPoints.compute(metric, raw, cancel);
        cache.put(cacheKey, new CachedPoints(metric, raw, points));
        return points;
    }

    private int[] segmentsOf(List<Segment> segments) {
        if (segmentOf == null || !sameFilters(segments, segmentsAssigned)) {
            segmentOf = SegmentAssignment.assign(frame.accounts(), segments);
            segmentsAssigned = segments;
        }
        return segmentOf;
    }

    private static boolean sameFilters(List<Segment> a, List<Segment> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).column().equals(b.get(i).column()) || !a.get(i).values().equals(b.get(i).values())) {
                return false;
            }
        }
        return true;
    }

    static double[][] weightsBySegment(HealthModel model) {
        List<Metric> metrics = model.metrics();
        List<Segment> segments = model.segments();
        double[][] w = new double[segments.size() + 1][metrics.size()];
        for (int j = 0; j < metrics.size(); j++) {
            w[0][j] = metrics.get(j).weight();
            for (int s = 0; s < segments.size(); s++) {
                w[s + 1][j] = segments.get(s).weightOf(metrics.get(j));
            }
        }
        return w;
    }
}
