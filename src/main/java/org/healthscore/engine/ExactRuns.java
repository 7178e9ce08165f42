package org.healthscore.engine;

import java.util.Arrays;
import org.healthscore.data.Outcome;

/** The exact (unbinned) view of the scores the settled figures need: per-outcome sorted scores and tie runs. */
final class ExactRuns {
    private ExactRuns() {
    }

    /** Scores of churned and of retained accounts (in the filter), each sorted ascending. */
    static double[][] sortedByOutcome(Scores scores, boolean[] mask, int churned, int retained,
                                   Cancel cancel) {
        double[] c = new double[churned];
        double[] r = new double[retained];
        int ci = 0;
        int ri = 0;
        double[] score = scores.score();
        byte[] outcome = scores.frame().accounts().outcome();
        for (int i = 0; i < score.length; i++) {
            if ((mask != null && !mask[i]) || score[i] != score[i]) {
                continue;
            }
            if (outcome[i] == Outcome.CHURNED) {
                c[ci++] = score[i];
            } else if (outcome[i] == Outcome.RETAINED) {
                r[ri++] = score[i];
            }
        }
        cancel.check();
        Arrays.parallelSort(c);
        Arrays.parallelSort(r);
        return new double[][] {c, r};
    }

    /** Counts of (churned, retained) per distinct score, ascending: exact runs for the decile split. */
    static int[][] tieRuns(double[] c, double[] r) {
        int[] rc = new int[c.length + r.length];
        int[] rr = new int[c.length + r.length];
        int m = 0;
        int i = 0;
        int j = 0;
        while (i < c.length || j < r.length) {
            double v = Math.min(i < c.length ? c[i] : Double.POSITIVE_INFINITY,
                    j < r.length ? r[j] : Double.POSITIVE_INFINITY);
            while (i < c.length && c[i] == v) {
                rc[m]++;
                i++;
            }
            while (j < r.length && r[j] == v) {
                rr[m]++;
                j++;
            }
            m++;
        }
        return new int[][] {Arrays.copyOf(rc, m), Arrays.copyOf(rr, m)};
    }
}
