package org.healthscore.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.MetricPoints;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Segment;
import org.healthscore.model.SegmentPoints;

/**
 * Each segment's own points for a model's metrics (`calibrate --segment-column`): every metric fitted again on one
 * segment's accounts ({@link MetricFitter}: learned on each fold's training part, judged on the held-out part),
 * and kept as that segment's points only where its held-out AUC there beats the model's points on the same
 * accounts. The model's weights and bands stay as they are.
 *
 * @param model the model with a segment for each value that got points of its own
 * @param lines what was tried, per segment and metric, for the user to read
 */
public record SegmentCalibration(HealthModel model, List<Line> lines) {
    /** A segment needs this many accounts with an outcome, and a tenth of that churned, to be fitted on its own. */
    public static final int MIN_ACCOUNTS = 200;
    /** How much better (held-out AUC) a segment's own points must be to be kept. */
    public static final double MIN_GAIN = 0.005;
    /** A segment column with more values than this is refused. */
    public static final int MAX_SEGMENTS = 50;

    /**
     * One segment's fit of one metric: its accounts with an outcome, the model's points' AUC on them, the own
     * points' held-out AUC there (NaN when not fitted) and whether they were kept; {@code note} says why not.
     */
    public record Line(String segment, int accounts, String metric, double modelAuc, double ownCvAuc, boolean kept,
                       String note) {
    }

    /**
     * @param raw     each metric's column by the column name its source reads
     * @param segment the segment column (categories)
     */
    public static SegmentCalibration fit(HealthModel model, Map<String, DataColumn> raw, DataColumn segment,
                                         byte[] outcome, int folds, long seed, Cancel cancel) {
        if (!segment.isCategorical()) {
            throw new IllegalArgumentException("the segment column '" + segment.name() + "' holds numbers; it needs "
                    + "categories (SMB, Enterprise, …)");
        }
        if (segment.categories().length > MAX_SEGMENTS) {
            throw new IllegalArgumentException("the segment column '" + segment.name() + "' has "
                    + segment.categories().length + " values; a segment column can have at most " + MAX_SEGMENTS);
        }
        List<Line> lines = new ArrayList<>();
        List<Segment> segments = new ArrayList<>(model.segments());
        List<DataColumn> columns = new ArrayList<>();
        List<double[]> modelPoints = new ArrayList<>(); // the same for every segment: computed once
        for (Metric m : model.metrics()) {
            DataColumn column = raw.get(((MetricSource.Column) m.source()).column());
            columns.add(column);
            modelPoints.add(MetricPoints.compute(m, column, cancel));
        }
        for (int code = 0; code < segment.categories().length; code++) {
            String value = segment.categories()[code];
            boolean[] mask = new boolean[outcome.length];
            int accounts = 0;
            int churned = 0;
            for (int i = 0; i < mask.length; i++) {
                mask[i] = segment.values()[i] == code;
                if (mask[i] && outcome[i] != Outcome.UNKNOWN) {
                    accounts++;
                    churned += outcome[i] == Outcome.CHURNED ? 1 : 0;
                }
            }
            if (accounts < MIN_ACCOUNTS || churned < MIN_ACCOUNTS / 10 || accounts - churned < MIN_ACCOUNTS / 10) {
                lines.add(new Line(value, accounts, null, Double.NaN, Double.NaN, false, "too few accounts with an "
                        + "outcome (" + accounts + ", " + churned + " churned) to fit on their own"));
                continue;
            }
            Map<String, SegmentPoints> own = new LinkedHashMap<>();
            for (int j = 0; j < model.metrics().size(); j++) {
                Metric m = model.metrics().get(j);
                MetricFitter fit = MetricFitter.fit(m, columns.get(j), modelPoints.get(j), outcome, mask, folds, seed,
                        cancel);
                boolean kept = fit.refusal() == null && fit.fittedCvAuc() > fit.currentAuc() + MIN_GAIN;
                if (kept) {
                    own.put(m.key(), SegmentPoints.of(fit.fitted()));
                }
                lines.add(new Line(value, accounts, m.label(), fit.currentAuc(), fit.fittedCvAuc(), kept,
                        fit.refusal() != null ? fit.refusal() : kept ? "" : "not better than the model's points here"));
            }
            if (!own.isEmpty()) {
                segments.add(new Segment(value, segment.name(), List.of(value), Map.of(), null, own));
            }
        }
        return new SegmentCalibration(model.withSegments(segments), lines);
    }
}
