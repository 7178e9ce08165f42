package org.healthscore.engine.calibration;

import java.util.Random;

/**
 * Cross-validation folds stratified by outcome and shuffled with a stated seed: churned and retained rows are
 * each shuffled, then dealt to the folds in turn, so every fold has the same churn rate (±1 account) and the
 * same seed gives the same folds.
 */
public final class Folds {
    /** The seed used when none is given; printed with every cross-validated figure. */
    public static final long DEFAULT_SEED = 20261201L;

    private Folds() {
    }

    /** The fold (0 … k−1) of each row; {@code y} is 1 for churned, 0 for retained. */
    public static int[] assign(byte[] y, int k, long seed) {
        int churned = 0;
        for (byte b : y) {
            churned += b;
        }
        int[] c = new int[churned];
        int[] r = new int[y.length - churned];
        int a = 0;
        int b = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                c[a++] = i;
            } else {
                r[b++] = i;
            }
        }
        Random random = new Random(seed);
        shuffle(c, random);
        shuffle(r, random);
        int[] fold = new int[y.length];
        int next = 0;
        for (int i : c) {
            fold[i] = next++ % k;
        }
        for (int i : r) {
            fold[i] = next++ % k;
        }
        return fold;
    }

    /** Fisher–Yates, as {@link java.util.Collections#shuffle} does, on primitive ints. */
    private static void shuffle(int[] v, Random random) {
        for (int i = v.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    /** {train rows, test rows} of fold {@code f}. */
    public static int[][] split(int[] fold, int f) {
        int test = 0;
        for (int x : fold) {
            test += x == f ? 1 : 0;
        }
        int[] tr = new int[fold.length - test];
        int[] te = new int[test];
        int a = 0;
        int b = 0;
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] == f) {
                te[b++] = i;
            } else {
                tr[a++] = i;
            }
        }
        return new int[][] {tr, te};
    }
}
