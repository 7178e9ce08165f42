package org.healthscore.engine.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthscore.model.Direction;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * Points for a numeric column learned from churn on the training rows only, as a scorecard bins them: up to
 * {@link #PREBINS} quantile pre-bins, then adjacent pre-bins merged into bins whose churn rate follows a shape —
 * rising, falling, peaked or valley-shaped — fitted by weighted isotonic (or unimodal) regression, merged down to
 * at most k bins. Shape and k are chosen by an inner cross-validation on the training rows (the shape and size
 * whose held-out log-loss is lowest, the simplest within {@link #TIE} of it), much as optbinning's automatic
 * trend does; a straight line in the log-odds between the 0.5th and 99.5th percentiles is a candidate too, and so is
 * one bin for every value (a column whose only signal is which accounts have no value: bins cut through its
 * values would fit noise).
 * Each bin's churn rate is smoothed toward the training rate ({@link #PRIOR} pseudo-accounts), and points run from
 * 10 for the bin with the lowest smoothed rate to 0 for the highest, on the log-odds scale ({@link #scale}).
 */
final class NumericBinning {
    static final int PREBINS = 24;
    static final int INNER_FOLDS = 3;
    static final double PRIOR = 10;
    /** Held-out log-loss (per account) a more complex shape or size must save to be chosen. */
    static final double TIE = 0.0002;
    /** A bin holds at least this share of the training rows (or {@link #MIN_ROWS}, whichever is more). */
    static final double MIN_SHARE = 0.02;
    static final int MIN_ROWS = 20;
    /** Bin counts tried after one bin (the values carry nothing, only their missingness may) and a line. */
    private static final int[] SIZES = {2, 3, 4, 5, 6, 8, 10, 13, 16, 20};

    /** The shape churn follows along the values; LINEAR is a straight line in the log-odds between two values. */
    enum Shape { LINEAR, RISING, FALLING, PEAKED, VALLEY }

    /** What was learned: the normalization (bins, or linear), its direction, the missing policy and the shape. */
    record Learned(Normalization normalization, Direction direction, MissingPolicy missing, Shape shape, int binCount) {
        /** The points of one value, missing as its policy says. */
        double points(double value) {
            double p = normalization.points(value, direction);
            return Double.isNaN(p) ? (missing == MissingPolicy.ZERO ? 0 : 5) : p;
        }
    }

    private NumericBinning() {
    }

    /**
     * @param x     the column's values (NaN missing), one per row
     * @param y     1 churned, 0 retained, per row
     * @param train the rows to learn from
     */
    static Learned learn(double[] x, byte[] y, int[] train, long seed) {
        double[] edges = prebinEdges(x, train);
        int p = edges.length + 1;
        byte[] trainY = new byte[train.length];
        for (int r = 0; r < train.length; r++) {
            trainY[r] = y[train[r]];
        }
        int[] inner = Folds.assign(trainY, INNER_FOLDS, seed);
        double[][][] counts = new double[INNER_FOLDS][p][2];
        double[][] missing = new double[INNER_FOLDS][2]; // retained, churned
        double missingN = 0;
        double missingC = 0;
        double churned = 0;
        for (int r = 0; r < train.length; r++) {
            int i = train[r];
            churned += y[i];
            if (Double.isNaN(x[i])) {
                missingN++;
                missingC += y[i];
                missing[inner[r]][y[i]]++;
                continue;
            }
            counts[inner[r]][bin(edges, x[i])][y[i]]++;
        }
        double rate = churned / Math.max(1, train.length);
        double[] missingTotal = {missingN - missingC, missingC};
        double[][] total = new double[p][2];
        for (double[][] fold : counts) {
            for (int b = 0; b < p; b++) {
                total[b][0] += fold[b][0];
                total[b][1] += fold[b][1];
            }
        }
        double missingRate = missingN == 0 ? Double.NaN : (missingC + PRIOR * rate) / (missingN + PRIOR);
        int minRows = (int) Math.max(MIN_ROWS, MIN_SHARE * (train.length - missingN));
        double[] bounds = LogisticLine.bounds(x, train);
        // the held-out log-loss (per account) of each shape and size; a proper score, so a step the data has
        // beats a line through it, and a line beats steps where churn changes smoothly. Simplest first — one bin
        // for every value, then a line, then shapes by size —, and a later one must be clearly better.
        double tie = Math.max(TIE, 2.0 / train.length); // with few accounts the losses are noisier: demand more
        Shape bestShape = Shape.RISING;
        int bestSize = 1;
        double best = binnedLoss(total, counts, missing, missingTotal, Shape.RISING, 1, minRows, rate);
        double line = LogisticLine.linearLoss(x, y, train, inner, bounds, missing, missingTotal, rate);
        if (line < best - tie) {
            best = line;
            bestShape = Shape.LINEAR;
            bestSize = 0;
        }
        for (Shape shape : Shape.values()) {
            if (shape == Shape.LINEAR) {
                continue;
            }
            for (int size : SIZES) {
                double loss = binnedLoss(total, counts, missing, missingTotal, shape, size, minRows, rate);
                if (loss < best - tie) {
                    best = loss;
                    bestShape = shape;
                    bestSize = size;
                }
            }
        }
        if (bestShape == Shape.LINEAR) {
            return linear(x, y, train, bounds, missingRate);
        }
        double[] rates = ShapedRates.fit(total, bestShape, bestSize, minRows, rate);
        PointScale.Scaled scaled = PointScale.scale(rates, missingRate);
        return new Learned(toBins(edges, scaled.points()), Direction.HIGHER_IS_BETTER, scaled.missing(), bestShape,
                countBins(scaled.points()));
    }

    /** Held-out log-loss per account of one shape and size over the inner folds (pre-bin counts per fold). */
    private static double binnedLoss(double[][] total, double[][][] counts, double[][] missing, double[] missingTotal,
                                     Shape shape, int size, int minRows, double rate) {
        double loss = 0;
        double n = 0;
        for (int f = 0; f < INNER_FOLDS; f++) {
            double[] rates = ShapedRates.fit(minus(total, counts[f]), shape, size,
                    minRows * (INNER_FOLDS - 1) / INNER_FOLDS, rate);
            for (int b = 0; b < total.length; b++) {
                loss -= counts[f][b][1] * Math.log(rates[b]) + counts[f][b][0] * Math.log(1 - rates[b]);
                n += counts[f][b][0] + counts[f][b][1];
            }
            // missing accounts are judged at the rate their policy's points stand for
            double mr = PointScale.smoothed(missingTotal[1] - missing[f][1], missingTotal[0] - missing[f][0], rate);
            double implied = PointScale.impliedMissingRate(rates, mr);
            loss -= missing[f][1] * Math.log(implied) + missing[f][0] * Math.log(1 - implied);
            n += missing[f][0] + missing[f][1];
        }
        return loss / Math.max(1, n);
    }

    /** A linear metric: 0 to 10 points between the bounds, rising where churn falls. */
    private static Learned linear(double[] x, byte[] y, int[] train, double[] bounds, double missingRate) {
        double[] ab = LogisticLine.line(x, y, train, null, -1, bounds);
        Direction d = ab[1] <= 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        MissingPolicy policy = MissingPolicy.NEUTRAL;
        if (!Double.isNaN(missingRate)) {
            double m = PointScale.logit(missingRate);
            double worst = ab[0] + Math.max(0, ab[1]);
            double bestL = ab[0] + Math.min(0, ab[1]);
            if (worst - bestL > 1e-12 && 10 * (worst - m) / (worst - bestL) < 2.5) {
                policy = MissingPolicy.ZERO;
            }
        }
        return new Learned(new Normalization.Linear(round(bounds[0]), round(bounds[1])), d, policy, Shape.LINEAR, 0);
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v));
    }

    /** Quantile cut points of the training values, strictly increasing; a value ≥ cut i is past pre-bin i. */
    static double[] prebinEdges(double[] x, int[] train) {
        double[] v = new double[train.length];
        int n = 0;
        for (int i : train) {
            if (!Double.isNaN(x[i])) {
                v[n++] = x[i];
            }
        }
        v = Arrays.copyOf(v, n);
        Arrays.sort(v);
        List<Double> cuts = new ArrayList<>();
        for (int q = 1; q < PREBINS && n > 0; q++) {
            double c = v[(int) ((long) q * n / PREBINS)];
            if (c > v[0] && (cuts.isEmpty() || c > cuts.get(cuts.size() - 1))) {
                cuts.add(c);
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static int bin(double[] edges, double value) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) { // the number of edges ≤ value
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[][] minus(double[][] a, double[][] b) {
        double[][] out = new double[a.length][2];
        for (int i = 0; i < a.length; i++) {
            out[i][0] = a[i][0] - b[i][0];
            out[i][1] = a[i][1] - b[i][1];
        }
        return out;
    }

    private static int countBins(double[] points) {
        int n = 1;
        for (int i = 1; i < points.length; i++) {
            n += points[i] != points[i - 1] ? 1 : 0;
        }
        return n;
    }

    /** Adjacent pre-bins with the same points become one bin: [lo, hi) with open ends at −∞ and +∞. */
    private static Normalization.Bins toBins(double[] edges, double[] points) {
        List<Normalization.Bin> bins = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= points.length; i++) {
            if (i == points.length || points[i] != points[start]) {
                bins.add(new Normalization.Bin(start == 0 ? null : edges[start - 1],
                        i == points.length ? null : edges[i - 1], points[start]));
                start = i;
            }
        }
        return new Normalization.Bins(bins);
    }

}
