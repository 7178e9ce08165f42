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
     */
    static void score(double[][] points, double[][] weightsBySegment, int[] segmentOf, double[][] lowerBounds,
                      int[][] toGlobal, double[] scoreOut, byte[] bandOut, Cancel cancel) {
        int k = points.length;
        int n = scoreOut.length;
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int seg = segmentOf[i] + 1;
                double[] w = weightsBySegment[seg];
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
                    // clamped because rounding can put an all-10-points account at 100.00000000000001
                    double s = Math.min(100.0, Math.max(0.0, (100.0 * num) / (10.0 * den)));
                    scoreOut[i] = s;
                    double[] lows = lowerBounds[seg];
                    int b = 0;
                    while (b < lows.length - 1 && s < lows[b]) {
                        b++;
                    }
                    bandOut[i] = (byte) toGlobal[seg][b];
                } else {
                    scoreOut[i] = Double.NaN;
                    bandOut[i] = -1;
                }
            }
        });
    }
}
