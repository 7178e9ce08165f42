package org.healthscore.engine;

/**
 * Every account's weighted sums over all metrics but one (the "focus", the metric being dragged), kept so that
 * the next live score only has to add the focus metric: 3 columns read instead of one per metric. Dragging one
 * weight changes the other unlocked weights in proportion (they keep summing to 100 %), so the kept sums still
 * serve while every other weight of a segment moved by one common factor and no other metric's points changed.
 *
 * <p>The sums are added in a different order than the full formula, so a score can differ from it in the last
 * bits; this is used only for the live preview during a drag, never for the settled (exact) result.
 */
final class PartialSums {
    /** Relative difference under which two weight ratios count as one common factor. */
    private static final double SAME_FACTOR = 1e-9;

    final int focus;
    private final double[][] points;
    private final double[][] weights;
    private final int[] segmentOf;
    private final double[] restNum;
    private final double[] restDen;

    private PartialSums(int focus, double[][] points, double[][] weights, int[] segmentOf, double[] restNum,
                        double[] restDen) {
        this.focus = focus;
        this.points = points;
        this.weights = weights;
        this.segmentOf = segmentOf;
        this.restNum = restNum;
        this.restDen = restDen;
    }

    /** Σ wⱼ·pⱼ and Σ wⱼ over the present points of every metric but {@code focus}, per account. */
    static PartialSums build(double[][] points, double[][] weights, int[] segmentOf, int focus, Cancel cancel,
                             boolean spareACore) {
        int n = points[0].length;
        double[] num = new double[n];
        double[] den = new double[n];
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double[] w = weights.length == 1 ? weights[0] : weights[segmentOf[i] + 1];
                double nu = 0.0;
                double de = 0.0;
                for (int j = 0; j < points.length; j++) {
                    double p = points[j][i];
                    if (j != focus && p == p) {
                        nu += w[j] * p;
                        de += w[j];
                    }
                }
                num[i] = nu;
                den[i] = de;
            }
        }, spareACore);
        return new PartialSums(focus, points.clone(), deepCopy(weights), segmentOf, num, den);
    }

    /**
     * The metric whose change alone turns the scored ({@code before}) into {@code after}: the only one whose
     * points or weight differ other than by the common factor. -1 when none or more than one does.
     */
    static int soleChange(double[][] pointsBefore, double[][] weightsBefore, double[][] points, double[][] weights) {
        if (pointsBefore.length != points.length || weightsBefore.length != weights.length) {
            return -1;
        }
        boolean onlyRescaled = factors(pointsBefore, weightsBefore, -1, points, weights) != null;
        for (int f = 0; f < points.length; f++) {
            boolean othersOnlyRescaled = factors(pointsBefore, weightsBefore, f, points, weights) != null;
            if (othersOnlyRescaled && (pointsBefore[f] != points[f] || !onlyRescaled)) {
                return f;
            }
        }
        return -1;
    }

    /** Per segment (+1), the factor by which the other metrics' weights moved; null when the sums do not serve. */
    double[] factorsFor(double[][] newPoints, double[][] newWeights, int[] newSegmentOf) {
        if (newSegmentOf != segmentOf || newPoints.length != points.length || newWeights.length != weights.length) {
            return null;
        }
        return factors(points, weights, focus, newPoints, newWeights);
    }

    private static double[] factors(double[][] basePoints, double[][] baseWeights, int focus, double[][] newPoints,
                                    double[][] newWeights) {
        for (int j = 0; j < newPoints.length; j++) {
            if (j != focus && newPoints[j] != basePoints[j]) {
                return null;
            }
        }
        double[] factor = new double[newWeights.length];
        for (int s = 0; s < newWeights.length; s++) {
            double c = Double.NaN;
            for (int j = 0; j < newPoints.length; j++) {
                if (j == focus) {
                    continue;
                }
                double was = baseWeights[s][j];
                double now = newWeights[s][j];
                if (was == 0.0) {
                    if (now != 0.0) {
                        return null;
                    }
                } else if (c != c) {
                    c = now / was;
                } else if (Math.abs(now - c * was) > SAME_FACTOR * Math.abs(now)) {
                    return null;
                }
            }
            factor[s] = c == c ? c : 1.0;
        }
        return factor;
    }

    /** Scores every account from the kept sums, the new focus points and weights, and the per-segment factors. */
    void score(double[] focusPoints, double[][] newWeights, double[] factor, double[][] lowerBounds,
               int[][] toGlobal, double[] scoreOut, byte[] bandOut, Cancel cancel, Chunks.ChunkBody after,
               boolean spareACore) {
        boolean oneSegment = newWeights.length == 1;
        Chunks.forEach(scoreOut.length, cancel, (chunk, from, to) -> {
            if (oneSegment) {
                scoreRange(focusPoints, newWeights[0][focus], factor[0], lowerBounds[0], toGlobal[0], from, to,
                        scoreOut, bandOut);
            } else {
                for (int i = from; i < to; i++) {
                    int seg = segmentOf[i] + 1;
                    scoreRange(focusPoints, newWeights[seg][focus], factor[seg], lowerBounds[seg], toGlobal[seg], i,
                            i + 1, scoreOut, bandOut);
                }
            }
            if (after != null) {
                after.run(chunk, from, to);
            }
        }, spareACore);
    }

    private void scoreRange(double[] focusPoints, double wf, double c, double[] lows, int[] toGlobal, int from,
                            int to, double[] scoreOut, byte[] bandOut) {
        for (int i = from; i < to; i++) {
            double p = focusPoints[i];
            boolean present = p == p;
            double num = c * restNum[i] + (present ? wf * p : 0.0);
            double den = c * restDen[i] + (present ? wf : 0.0);
            if (den > 0.0) {
                double s = ScoreKernel.score(num, den);
                scoreOut[i] = s;
                bandOut[i] = ScoreKernel.band(s, lows, toGlobal);
            } else {
                scoreOut[i] = Double.NaN;
                bandOut[i] = -1;
            }
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }
}
