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
 * trend does; a straight line in the log-odds between the 2nd and 98th percentiles is a candidate too.
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
        double[] bounds = bounds(x, train);
        // the held-out log-loss (per account) of each shape and size; a proper score, so a step the data has
        // beats a line through it, and a line beats steps where churn changes smoothly
        Shape bestShape = Shape.LINEAR;
        int bestSize = 0;
        double best = linearLoss(x, y, train, inner, bounds, missing, missingTotal, rate);
        double tie = Math.max(TIE, 2.0 / train.length); // with few accounts the losses are noisier: demand more
        for (Shape shape : Shape.values()) {
            if (shape == Shape.LINEAR) {
                continue;
            }
            for (int size : SIZES) {
                double loss = 0;
                double n = 0;
                for (int f = 0; f < INNER_FOLDS; f++) {
                    double[][] fit = minus(total, counts[f]);
                    double[] rates = fit(fit, shape, size, minRows * (INNER_FOLDS - 1) / INNER_FOLDS, rate);
                    for (int b = 0; b < p; b++) {
                        loss -= counts[f][b][1] * Math.log(rates[b]) + counts[f][b][0] * Math.log(1 - rates[b]);
                        n += counts[f][b][0] + counts[f][b][1];
                    }
                    // missing accounts are judged at the rate their policy's points stand for
                    double mr = smoothed(missingTotal[1] - missing[f][1], missingTotal[0] - missing[f][0], rate);
                    double implied = impliedMissingRate(rates, mr);
                    loss -= missing[f][1] * Math.log(implied) + missing[f][0] * Math.log(1 - implied);
                    n += missing[f][0] + missing[f][1];
                }
                loss /= Math.max(1, n);
                if (loss < best - tie) { // simplest first: a later shape or size must be clearly better
                    best = loss;
                    bestShape = shape;
                    bestSize = size;
                }
            }
        }
        if (bestShape == Shape.LINEAR) {
            return linear(x, y, train, bounds, missingRate);
        }
        double[] rates = fit(total, bestShape, bestSize, minRows, rate);
        Scaled scaled = scale(rates, missingRate);
        return new Learned(toBins(edges, scaled.points()), Direction.HIGHER_IS_BETTER, scaled.missing(), bestShape,
                countBins(scaled.points()));
    }

    /** The 2nd and 98th percentiles of the training values: where a linear metric's points reach 0 and 10. */
    private static double[] bounds(double[] x, int[] train) {
        double[] v = java.util.Arrays.stream(train).mapToDouble(i -> x[i]).filter(d -> !Double.isNaN(d)).sorted()
                .toArray();
        if (v.length == 0) {
            return new double[] {0, 1};
        }
        double lo = v[(int) (0.02 * (v.length - 1))];
        double hi = v[(int) Math.ceil(0.98 * (v.length - 1))];
        return hi > lo ? new double[] {lo, hi} : new double[] {v[0], v[v.length - 1] > v[0] ? v[v.length - 1] : v[0] + 1};
    }

    private static double clamp(double v, double[] b) {
        return (Math.min(b[1], Math.max(b[0], v)) - b[0]) / (b[1] - b[0]);
    }

    private static double smoothed(double churned, double retained, double prior) {
        return churned + retained == 0 ? Double.NaN : (churned + PRIOR * prior) / (churned + retained + PRIOR);
    }

    /** The churn rate the missing accounts' points (0 or 5, as {@link #scale} sets them) stand for among bins. */
    private static double impliedMissingRate(double[] rates, double missingRate) {
        if (Double.isNaN(missingRate)) {
            return 0.5;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double r : rates) {
            lo = Math.min(lo, logit(r));
            hi = Math.max(hi, logit(r));
        }
        double m = logit(missingRate);
        if (m > hi) {
            return missingRate; // the scale reaches down to them: 0 points are exactly their rate
        }
        return sigmoid(hi - lo > 1e-12 && 10 * (hi - m) / (hi - lo) < 2.5 ? hi : (lo + hi) / 2);
    }

    /** Held-out log-loss of a logistic line on the clamped value, over the inner folds (missing rows at 0 or 5). */
    private static double linearLoss(double[] x, byte[] y, int[] train, int[] inner, double[] bounds,
                                     double[][] missing, double[] missingTotal, double prior) {
        double loss = 0;
        double n = 0;
        for (int f = 0; f < INNER_FOLDS; f++) {
            double[] ab = line(x, y, train, inner, f, bounds);
            double mr = smoothed(missingTotal[1] - missing[f][1], missingTotal[0] - missing[f][0], prior);
            if (!Double.isNaN(mr)) {
                double worst = ab[0] + Math.max(0, ab[1]);
                double bestL = ab[0] + Math.min(0, ab[1]);
                double m = logit(mr);
                double implied = sigmoid(worst - bestL > 1e-12 && 10 * (worst - m) / (worst - bestL) < 2.5 ? worst
                        : (worst + bestL) / 2);
                loss -= missing[f][1] * Math.log(implied) + missing[f][0] * Math.log(1 - implied);
                n += missing[f][0] + missing[f][1];
            }
            for (int r = 0; r < train.length; r++) {
                int i = train[r];
                if (inner[r] == f && !Double.isNaN(x[i])) {
                    double q = sigmoid(ab[0] + ab[1] * clamp(x[i], bounds));
                    loss -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
                    n++;
                }
            }
        }
        return loss / Math.max(1, n);
    }

    /** Intercept and slope of churn's log-odds on the clamped value, on the rows not in {@code leaveOut}. */
    private static double[] line(double[] x, byte[] y, int[] train, int[] inner, int leaveOut, double[] bounds) {
        double a = 0;
        double b = 0;
        for (int it = 0; it < 25; it++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 1e-9;
            double h01 = 0;
            double h11 = 1e-9;
            for (int r = 0; r < train.length; r++) {
                int i = train[r];
                if ((inner != null && inner[r] == leaveOut) || Double.isNaN(x[i])) {
                    continue;
                }
                double z = clamp(x[i], bounds);
                double q = sigmoid(a + b * z);
                double w = q * (1 - q);
                g0 += y[i] - q;
                g1 += (y[i] - q) * z;
                h00 += w;
                h01 += w * z;
                h11 += w * z * z;
            }
            double det = h00 * h11 - h01 * h01;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            a += da;
            b += db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** A linear metric: 0 to 10 points between the bounds, rising where churn falls. */
    private static Learned linear(double[] x, byte[] y, int[] train, double[] bounds, double missingRate) {
        double[] ab = line(x, y, train, null, -1, bounds);
        Direction d = ab[1] <= 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        MissingPolicy policy = MissingPolicy.NEUTRAL;
        if (!Double.isNaN(missingRate)) {
            double m = logit(missingRate);
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

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /** Points per pre-bin and the missing policy. */
    record Scaled(double[] points, MissingPolicy missing) {
    }

    /**
     * Points from smoothed churn rates on the log-odds scale — 10 for the lowest rate, 0 for the highest — so
     * that weighted points add up as a scorecard's log-odds do. Missing values can only earn the policy's points:
     * when the missing accounts churn more than every bin, the scale reaches down to them and they get ZERO (0
     * points, exactly their log-odds); otherwise ZERO or NEUTRAL, whichever is nearer.
     */
    static Scaled scale(double[] rates, double missingRate) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double r : rates) {
            lo = Math.min(lo, logit(r));
            hi = Math.max(hi, logit(r));
        }
        MissingPolicy policy = MissingPolicy.NEUTRAL;
        if (!Double.isNaN(missingRate)) {
            double m = logit(missingRate);
            if (m > hi) {
                hi = m;
                policy = MissingPolicy.ZERO;
            } else if (hi - lo > 1e-12 && 10 * (hi - m) / (hi - lo) < 2.5) {
                policy = MissingPolicy.ZERO;
            }
        }
        double[] points = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            double pts = hi - lo < 1e-12 ? 5.0 : 10.0 * (hi - logit(rates[i])) / (hi - lo);
            points[i] = Math.round(pts * 100) / 100.0;
        }
        return new Scaled(points, policy);
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
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

    /**
     * The smoothed churn rate of each pre-bin's block, for one shape and at most {@code size} bins: the shape's
     * regression of churn rate on the pre-bins, merged into blocks of at least {@code minRows} and at most
     * {@code size}, each block's rate smoothed toward {@code prior}.
     */
    static double[] fit(double[][] counts, Shape shape, int size, int minRows, double prior) {
        int p = counts.length;
        List<int[]> blocks = switch (shape) {
            case RISING, LINEAR -> isotonic(counts, 0, p, true); // LINEAR is never binned (see learn)
            case FALLING -> isotonic(counts, 0, p, false);
            case PEAKED, VALLEY -> unimodal(counts, shape == Shape.PEAKED);
        };
        blocks = mergeSmall(counts, blocks, minRows);
        while (blocks.size() > size) {
            mergeClosest(counts, blocks);
        }
        double[] rates = new double[p];
        for (int[] block : blocks) {
            double[] nc = sum(counts, block);
            double r = (nc[1] + PRIOR * prior) / (nc[0] + nc[1] + PRIOR);
            for (int i = block[0]; i < block[1]; i++) {
                rates[i] = r;
            }
        }
        return rates;
    }

    /** Pool-adjacent-violators over pre-bins [from, to): blocks whose rates rise (or fall) with the values. */
    static List<int[]> isotonic(double[][] counts, int from, int to, boolean rising) {
        List<int[]> blocks = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        for (int i = from; i < to; i++) {
            blocks.add(new int[] {i, i + 1});
            sums.add(new double[] {counts[i][0] + counts[i][1], counts[i][1]});
            while (blocks.size() > 1) {
                double[] last = sums.get(sums.size() - 1);
                double[] prev = sums.get(sums.size() - 2);
                double rLast = last[0] == 0 ? Double.NaN : last[1] / last[0];
                double rPrev = prev[0] == 0 ? Double.NaN : prev[1] / prev[0];
                boolean violates = Double.isNaN(rLast) || Double.isNaN(rPrev) || (rising ? rPrev > rLast : rPrev < rLast);
                if (!violates) {
                    break;
                }
                int[] merged = {blocks.get(blocks.size() - 2)[0], blocks.get(blocks.size() - 1)[1]};
                double[] s = {prev[0] + last[0], prev[1] + last[1]};
                blocks.remove(blocks.size() - 1);
                sums.remove(sums.size() - 1);
                blocks.set(blocks.size() - 1, merged);
                sums.set(sums.size() - 1, s);
            }
        }
        return blocks;
    }

    /** Rising then falling (peaked) or falling then rising (valley): the turning point with the least error. */
    private static List<int[]> unimodal(double[][] counts, boolean peaked) {
        int p = counts.length;
        List<int[]> best = null;
        double bestSse = Double.MAX_VALUE;
        for (int turn = 1; turn < p; turn++) {
            List<int[]> blocks = new ArrayList<>(isotonic(counts, 0, turn, peaked));
            blocks.addAll(isotonic(counts, turn, p, !peaked));
            double sse = sse(counts, blocks);
            if (sse < bestSse) {
                bestSse = sse;
                best = blocks;
            }
        }
        return best == null ? isotonic(counts, 0, p, peaked) : best;
    }

    private static double sse(double[][] counts, List<int[]> blocks) {
        double sse = 0;
        for (int[] b : blocks) {
            double[] nc = sum(counts, b);
            double r = nc[0] + nc[1] == 0 ? 0 : nc[1] / (nc[0] + nc[1]);
            for (int i = b[0]; i < b[1]; i++) {
                double n = counts[i][0] + counts[i][1];
                double ri = n == 0 ? r : counts[i][1] / n;
                sse += n * (ri - r) * (ri - r);
            }
        }
        return sse;
    }

    private static double[] sum(double[][] counts, int[] block) {
        double r = 0;
        double c = 0;
        for (int i = block[0]; i < block[1]; i++) {
            r += counts[i][0];
            c += counts[i][1];
        }
        return new double[] {r, c};
    }

    private static double rate(double[][] counts, int[] block) {
        double[] s = sum(counts, block);
        return s[0] + s[1] == 0 ? Double.NaN : s[1] / (s[0] + s[1]);
    }

    /** A block with fewer than {@code minRows} joins the neighbour whose churn rate is closer. */
    private static List<int[]> mergeSmall(double[][] counts, List<int[]> blocks, int minRows) {
        List<int[]> out = new ArrayList<>(blocks);
        boolean merged = true;
        while (merged && out.size() > 1) {
            merged = false;
            for (int b = 0; b < out.size(); b++) {
                double[] s = sum(counts, out.get(b));
                if (s[0] + s[1] >= minRows) {
                    continue;
                }
                int with = b == 0 ? 1 : b == out.size() - 1 ? b - 1
                        : Math.abs(rate(counts, out.get(b - 1)) - rate(counts, out.get(b)))
                        <= Math.abs(rate(counts, out.get(b + 1)) - rate(counts, out.get(b))) ? b - 1 : b + 1;
                join(out, Math.min(b, with));
                merged = true;
                break;
            }
        }
        return out;
    }

    /** Joins the adjacent pair of blocks whose churn rates differ least (the shape survives the join). */
    private static void mergeClosest(double[][] counts, List<int[]> blocks) {
        int at = 0;
        double least = Double.MAX_VALUE;
        for (int b = 0; b + 1 < blocks.size(); b++) {
            double d = Math.abs(rate(counts, blocks.get(b)) - rate(counts, blocks.get(b + 1)));
            d = Double.isNaN(d) ? -1 : d;
            if (d < least) {
                least = d;
                at = b;
            }
        }
        join(blocks, at);
    }

    private static void join(List<int[]> blocks, int at) {
        blocks.set(at, new int[] {blocks.get(at)[0], blocks.get(at + 1)[1]});
        blocks.remove(at + 1);
    }

    /** AUC of points per pre-bin against held-out counts per pre-bin: P(retained scores higher) + ½ P(tie). */
    static double histogramAuc(double[] points, double[][] counts) {
        double retained = 0;
        double churned = 0;
        double wins = 0;
        for (int a = 0; a < points.length; a++) {
            retained += counts[a][0];
            churned += counts[a][1];
            for (int b = 0; b < points.length; b++) {
                double pairs = counts[a][0] * counts[b][1];
                if (pairs > 0) {
                    wins += points[a] > points[b] ? pairs : points[a] == points[b] ? pairs / 2 : 0;
                }
            }
        }
        return retained == 0 || churned == 0 ? 0.5 : wins / (retained * churned);
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
