package org.healthscore.io.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.healthscore.model.AlertRule;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;
import org.healthscore.model.SegmentPoints;

/**
 * Random valid models over numeric columns x1…x4 (values roughly 0–100) and a text column "tier"
 * (Gold/Silver/Bronze), with segments on "segment" (SMB/Mid-Market/Enterprise): every normalization type,
 * both directions, every missing policy, and a segment's own points for one metric.
 */
public final class RandomModels {
    public static final List<String> NUMERIC = List.of("x1", "x2", "x3", "x4");

    private RandomModels() {
    }

    public static HealthModel generate(Random r) {
        int k = 1 + r.nextInt(5);
        List<Metric> metrics = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            Direction dir = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            MissingPolicy missing = MissingPolicy.values()[r.nextInt(3)];
            MetricSource source;
            Normalization norm;
            int kind = r.nextInt(5);
            if (kind == 4) {
                source = new MetricSource.Column("tier");
                norm = new Normalization.Categorical(Map.of("Gold", 10.0, "Silver", round(r.nextDouble() * 10, r),
                        "Bronze", 0.0));
            } else {
                String col = NUMERIC.get(r.nextInt(NUMERIC.size()));
                source = r.nextInt(4) == 0 ? new MetricSource.Ratio(col, NUMERIC.get(r.nextInt(NUMERIC.size())))
                        : new MetricSource.Column(col);
                double scale = source instanceof MetricSource.Ratio ? 2 : 100;
                norm = numeric(kind, dir, scale, r);
            }
            metrics.add(new Metric("m" + j, "Metric " + j, source, dir, norm, missing, 120,
                    j == 0 ? 1 + r.nextInt(50) : r.nextInt(50) + round(r.nextDouble(), r)));
        }
        List<Segment> segments = new ArrayList<>();
        if (r.nextBoolean()) {
            Map<String, Double> w = new LinkedHashMap<>();
            w.put("m0", (double) (1 + r.nextInt(30)));
            // the small accounts' own points for one metric: another normalization, direction and missing policy
            Metric own = metrics.get(r.nextInt(metrics.size()));
            Direction dir = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            Normalization norm = own.normalization() instanceof Normalization.Categorical
                    ? new Normalization.Categorical(Map.of("Gold", round(r.nextDouble() * 10, r), "Silver", 2.0))
                    : numeric(r.nextInt(4), dir, own.source() instanceof MetricSource.Ratio ? 2 : 100, r);
            segments.add(new Segment("Small", "segment", List.of("SMB"), w, null, Map.of(own.key(),
                    new SegmentPoints(dir, norm, MissingPolicy.values()[r.nextInt(3)]))));
            List<Band> strict = List.of(new Band("Healthy", 70 + r.nextInt(20), "#2e9d5b", "keep going"),
                    new Band("At risk", 0, "#d1383d", "call"));
            segments.add(new Segment("Large", "segment", List.of("Enterprise", "Mid-Market"), Map.of(), strict));
        }
        return new HealthModel("Random " + r.nextInt(1000), "generated", metrics, Bands.defaults(), segments,
                List.of(new AlertRule("Drop", 10 + r.nextInt(20), 30 + r.nextInt(60))));
    }

    private static Normalization numeric(int kind, Direction dir, double scale, Random r) {
        double a = round(r.nextDouble() * scale * 0.4, r);
        double c = a + Math.max(0.1, round(r.nextDouble() * scale * 0.3, r));
        double h = c + Math.max(0.1, round(r.nextDouble() * scale * 0.3, r));
        boolean up = dir == Direction.HIGHER_IS_BETTER;
        switch (kind) {
            case 0:
                return new Normalization.Linear(a, h);
            case 1:
                return up ? new Normalization.Thresholds(a, c, h, false) : new Normalization.Thresholds(h, c, a, false);
            case 2:
                return up ? new Normalization.Thresholds(a, c, h, true) : new Normalization.Thresholds(h, c, a, true);
            default:
                if (r.nextInt(5) == 0) { // one bin for every value: what a build gives a column whose missing cells tell
                    return new Normalization.Bins(List.of(new Normalization.Bin(null, null, round(r.nextDouble() * 10, r))));
                }
                return new Normalization.Bins(List.of(new Normalization.Bin(null, a, 0),
                        new Normalization.Bin(a, c, round(r.nextDouble() * 5, r)),
                        new Normalization.Bin(c, h, 7.5), new Normalization.Bin(h + 1, null, 10)));
        }
    }

    /** Mostly awkward binary fractions (0.1, 1/3…), sometimes round numbers, to exercise exact arithmetic. */
    private static double round(double v, Random r) {
        return r.nextBoolean() ? v : Math.round(v * 10) / 10.0;
    }
}
