package org.healthscore.engine;

/**
 * The hot loop: Score = 100 × Σ wᵢ·pᵢ / (10 × Σ wᵢ) over the metrics that count, clamped to 0–100, and the
 * band it falls in, in one pass over the accounts.
 */
final class ScoreKernel {
    private ScoreKernel() {
    }

    /**
     * @param lowerBounds per segment (+1), its bands' lower bounds best first
     * @param toGlobal    per segment (+1), its band index → index in the model's band scheme
     * @param after       optional work on each chunk right after it is scored (the live evaluation's counting)
     * @param spareACore  runs on all cores but one ({@link Chunks#forEach(int, Cancel, Chunks.ChunkBody, boolean)})
     */
    static void score(double[][] points, double[][] weightsBySegment, int[] segmentOf, double[][] lowerBounds,
                      int[][] toGlobal, double[] scoreOut, byte[] bandOut, Cancel cancel, Chunks.ChunkBody after,
                      boolean spareACore) {
        int n = scoreOut.length;
        boolean oneSegment = weightsBySegment.length == 1;
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            if (oneSegment) {
                // no segments: the same weights and bands for everyone, and no segment column to read
                scoreRange(points, weightsBySegment[0], lowerBounds[0], toGlobal[0], from, to, scoreOut, bandOut);
            } else {
                for (int i = from; i < to; i++) {
                    int seg = segmentOf[i] + 1;
                    scoreRange(points, weightsBySegment[seg], lowerBounds[seg], toGlobal[seg], i, i + 1, scoreOut,
                            bandOut);
                }
            }
            if (after != null) {
                after.run(chunk, from, to); // while this chunk's scores are still in cache
            }
        }, spareACore);
    }

    private static void scoreRange(double[][] points, double[] w, double[] lows, int[] toGlobal, int from, int to,
                                   double[] scoreOut, byte[] bandOut) {
        int k = points.length;
        for (int i = from; i < to; i++) {
            double num = 0.0;
            double den = 0.0;
            for (int j = 0; j < k; j++) {
                double p = points[j][i];
                if (p == p) {
                    num += w[j] * p;
                    den += w[j];
                }
            }
            if (den > 0.0) {
                double s = score(num, den);
                scoreOut[i] = s;
                bandOut[i] = band(s, lows, toGlobal);
            } else {
                scoreOut[i] = Double.NaN;
                bandOut[i] = -1;
            }
        }
    }

    /**
     * The band of a score: bounds descend, so its index is the number of bounds above the score, counted without
     * branches because scores land in bands unpredictably (this halved the kernel's time).
     */
    static byte band(double s, double[] lows, int[] toGlobal) {
        int b = 0;
        for (int x = 0; x < lows.length - 1; x++) {
            b += s < lows[x] ? 1 : 0;
        }
        return (byte) toGlobal[b];
    }

    /** One account's score from its points (NaN = left out) and weights, in the kernel's order; NaN if none counts. */
    static double scoreOf(double[] points, double[] w) {
        double num = 0.0;
        double den = 0.0;
        for (int j = 0; j < points.length; j++) {
            if (points[j] == points[j]) {
                num += w[j] * points[j];
                den += w[j];
            }
        }
        return den > 0.0 ? score(num, den) : Double.NaN;
    }

    /**
     * The score from Σ wⱼ·pⱼ and Σ wⱼ over the metrics that counted (den > 0): every scorer's one formula.
     * Clamped because rounding can put an all-10-points account at 100.00000000000001.
     */
    static double score(double num, double den) {
        return Math.min(100.0, Math.max(0.0, (100.0 * num) / (10.0 * den)));
    }
}
