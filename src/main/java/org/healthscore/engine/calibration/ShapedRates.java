package org.healthscore.engine.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Churn rates per pre-bin that follow a shape ({@link NumericBinning.Shape}): weighted isotonic regression
 * (pool-adjacent-violators), or a rising-then-falling / falling-then-rising fit at the best turning point, merged
 * into blocks of a minimum size and at most k of them, each block's rate smoothed toward the training rate.
 */
final class ShapedRates {
    private ShapedRates() {
    }

    /**
     * The smoothed churn rate of each pre-bin's block, for one shape and at most {@code size} bins: the shape's
     * regression of churn rate on the pre-bins, merged into blocks of at least {@code minRows} and at most
     * {@code size}, each block's rate smoothed toward {@code prior}.
     */
    static double[] fit(double[][] counts, NumericBinning.Shape shape, int size, int minRows, double prior) {
        int p = counts.length;
        List<int[]> blocks = switch (shape) {
            case RISING, LINEAR -> isotonic(counts, 0, p, true); // LINEAR is never binned (see learn)
            case FALLING -> isotonic(counts, 0, p, false);
            case PEAKED, VALLEY -> unimodal(counts, shape == NumericBinning.Shape.PEAKED);
        };
        blocks = mergeSmall(counts, blocks, minRows);
        while (blocks.size() > size) {
            mergeClosest(counts, blocks);
        }
        double[] rates = new double[p];
        for (int[] block : blocks) {
            double[] nc = sum(counts, block);
            double r = (nc[1] + NumericBinning.PRIOR * prior) / (nc[0] + nc[1] + NumericBinning.PRIOR);
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
    static List<int[]> unimodal(double[][] counts, boolean peaked) {
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

    static double sse(double[][] counts, List<int[]> blocks) {
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

    static double[] sum(double[][] counts, int[] block) {
        double r = 0;
        double c = 0;
        for (int i = block[0]; i < block[1]; i++) {
            r += counts[i][0];
            c += counts[i][1];
        }
        return new double[] {r, c};
    }

    static double rate(double[][] counts, int[] block) {
        double[] s = sum(counts, block);
        return s[0] + s[1] == 0 ? Double.NaN : s[1] / (s[0] + s[1]);
    }

    /** A block with fewer than {@code minRows} joins the neighbour whose churn rate is closer. */
    static List<int[]> mergeSmall(double[][] counts, List<int[]> blocks, int minRows) {
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
    static void mergeClosest(double[][] counts, List<int[]> blocks) {
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

    static void join(List<int[]> blocks, int at) {
        blocks.set(at, new int[] {blocks.get(at)[0], blocks.get(at + 1)[1]});
        blocks.remove(at + 1);
    }
}
