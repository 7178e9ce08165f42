package org.healthscore.engine;

/** The hot loop: Score = 100 × Σ wᵢ·pᵢ / (10 × Σ wᵢ) over the metrics that count for each account. */
final class ScoreKernel {
    private ScoreKernel() {
    }

    static void score(double[][] points, double[][] weightsBySegment, int[] segmentOf, double[] out, Cancel cancel) {
        int k = points.length;
        int n = out.length;
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double[] w = weightsBySegment[segmentOf[i] + 1];
                double num = 0.0;
                double den = 0.0;
                for (int j = 0; j < k; j++) {
                    double p = points[j][i];
                    if (p == p) {
                        num += w[j] * p;
                        den += w[j];
                    }
                }
                out[i] = den > 0.0 ? (100.0 * num) / (10.0 * den) : Double.NaN;
            }
        });
    }

    /** Band index (global) per account: first band, best first, whose lower bound is ≤ the score. */
    static void band(double[] score, int[] segmentOf, double[][] lowerBounds, int[][] toGlobal, byte[] out,
                     Cancel cancel) {
        Chunks.forEach(score.length, cancel, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double s = score[i];
                if (s != s) {
                    out[i] = -1;
                    continue;
                }
                int seg = segmentOf[i] + 1;
                double[] lows = lowerBounds[seg];
                int b = 0;
                while (b < lows.length - 1 && s < lows[b]) {
                    b++;
                }
                out[i] = (byte) toGlobal[seg][b];
            }
        });
    }
}
