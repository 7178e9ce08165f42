package org.healthscore.engine;

import java.util.Arrays;

/**
 * Discrimination statistics of a score against churn, "higher score = less churn". Exact forms take sorted
 * arrays of churned and retained scores; binned forms take counts per fine score bin (ascending scores).
 */
public final class RankStats {
    private RankStats() {
    }

    /**
     * AUC of a score (higher = less churn) over {@code rows} (null: 0 … n−1), {@code churned[r]} 1 or 0 per
     * row; rows whose score is NaN (unscored) are not counted.
     */
    public static double auc(int[] rows, int n, java.util.function.IntPredicate churned,
                             java.util.function.IntToDoubleFunction score) {
        int count = rows == null ? n : rows.length;
        double[] c = new double[count];
        double[] k = new double[count];
        int a = 0;
        int b = 0;
        for (int r = 0; r < count; r++) {
            int i = rows == null ? r : rows[r];
            double s = score.applyAsDouble(i);
            if (Double.isNaN(s)) {
                continue;
            }
            if (churned.test(i)) {
                c[a++] = s;
            } else {
                k[b++] = s;
            }
        }
        c = Arrays.copyOf(c, a);
        k = Arrays.copyOf(k, b);
        Arrays.parallelSort(c);
        Arrays.parallelSort(k);
        return exactAuc(c, k);
    }

    /** AUC = P(retained > churned) + ½ P(tie), by merging the two sorted arrays; NaN if either is empty. */
    public static double exactAuc(double[] churnedSorted, double[] retainedSorted) {
        long nc = churnedSorted.length;
        long nr = retainedSorted.length;
        if (nc == 0 || nr == 0) {
            return Double.NaN;
        }
        double wins = 0;
        int below = 0;
        int upTo = 0;
        for (double r : retainedSorted) {
            while (below < nc && churnedSorted[below] < r) {
                below++;
            }
            if (upTo < below) {
                upTo = below;
            }
            while (upTo < nc && churnedSorted[upTo] <= r) {
                upTo++;
            }
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) nc * nr);
    }

    /** Kolmogorov–Smirnov: the largest gap between the two score distributions' CDFs. */
    public static double exactKs(double[] churnedSorted, double[] retainedSorted) {
        int nc = churnedSorted.length;
        int nr = retainedSorted.length;
        if (nc == 0 || nr == 0) {
            return Double.NaN;
        }
        int i = 0;
        int j = 0;
        double ks = 0;
        while (i < nc || j < nr) {
            double v = Math.min(i < nc ? churnedSorted[i] : Double.POSITIVE_INFINITY,
                    j < nr ? retainedSorted[j] : Double.POSITIVE_INFINITY);
            while (i < nc && churnedSorted[i] <= v) {
                i++;
            }
            while (j < nr && retainedSorted[j] <= v) {
                j++;
            }
            ks = Math.max(ks, Math.abs((double) i / nc - (double) j / nr));
        }
        return ks;
    }

    /** ROC at every distinct score (flag "score ≤ v"), thinned to at most {@code maxPoints}. */
    public static Evaluation.RocCurve exactRoc(double[] churnedSorted, double[] retainedSorted, int maxPoints) {
        int nc = churnedSorted.length;
        int nr = retainedSorted.length;
        if (nc == 0 || nr == 0) {
            return new Evaluation.RocCurve(new double[0], new double[0]);
        }
        double[] fpr = new double[nc + nr + 2];
        double[] tpr = new double[nc + nr + 2];
        int m = 1;
        int i = 0;
        int j = 0;
        while (i < nc || j < nr) {
            double v = Math.min(i < nc ? churnedSorted[i] : Double.POSITIVE_INFINITY,
                    j < nr ? retainedSorted[j] : Double.POSITIVE_INFINITY);
            while (i < nc && churnedSorted[i] <= v) {
                i++;
            }
            while (j < nr && retainedSorted[j] <= v) {
                j++;
            }
            fpr[m] = (double) j / nr;
            tpr[m] = (double) i / nc;
            m++;
        }
        return thin(Arrays.copyOf(fpr, m), Arrays.copyOf(tpr, m), maxPoints);
    }

    /** AUC from per-bin counts; pairs in the same bin count ½, so the result is within {@link #binnedAucBound}. */
    public static double binnedAuc(int[] churned, int[] retained) {
        long nc = sum(churned);
        long nr = sum(retained);
        if (nc == 0 || nr == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long churnedBelow = 0;
        for (int b = 0; b < churned.length; b++) {
            wins += retained[b] * (churnedBelow + 0.5 * churned[b]);
            churnedBelow += churned[b];
        }
        return wins / ((double) nc * nr);
    }

    /** ½ × Σ (churned·retained in the same bin) / (all churned · all retained): the binned AUC's worst error. */
    public static double binnedAucBound(int[] churned, int[] retained) {
        long nc = sum(churned);
        long nr = sum(retained);
        if (nc == 0 || nr == 0) {
            return 0;
        }
        double same = 0;
        for (int b = 0; b < churned.length; b++) {
            same += (double) churned[b] * retained[b];
        }
        return 0.5 * same / ((double) nc * nr);
    }

    public static double binnedKs(int[] churned, int[] retained) {
        long nc = sum(churned);
        long nr = sum(retained);
        if (nc == 0 || nr == 0) {
            return Double.NaN;
        }
        long c = 0;
        long r = 0;
        double ks = 0;
        for (int b = 0; b < churned.length; b++) {
            c += churned[b];
            r += retained[b];
            ks = Math.max(ks, Math.abs((double) c / nc - (double) r / nr));
        }
        return ks;
    }

    public static Evaluation.RocCurve binnedRoc(int[] churned, int[] retained, int maxPoints) {
        long nc = sum(churned);
        long nr = sum(retained);
        if (nc == 0 || nr == 0) {
            return new Evaluation.RocCurve(new double[0], new double[0]);
        }
        double[] fpr = new double[churned.length + 1];
        double[] tpr = new double[churned.length + 1];
        int m = 1;
        long c = 0;
        long r = 0;
        for (int b = 0; b < churned.length; b++) {
            if (churned[b] == 0 && retained[b] == 0) {
                continue;
            }
            c += churned[b];
            r += retained[b];
            fpr[m] = (double) r / nr;
            tpr[m] = (double) c / nc;
            m++;
        }
        return thin(Arrays.copyOf(fpr, m), Arrays.copyOf(tpr, m), maxPoints);
    }

    /**
     * Deciles over accounts with a known outcome in ascending score order, given as runs of (churned, retained)
     * counts; a run that straddles a decile boundary is split in proportion.
     */
    public static Evaluation.DecileRow[] deciles(int[] churnedRuns, int[] retainedRuns) {
        long known = sum(churnedRuns) + sum(retainedRuns);
        long totalChurned = sum(churnedRuns);
        double overall = known == 0 ? Double.NaN : (double) totalChurned / known;
        double[] accounts = new double[10];
        double[] churnedIn = new double[10];
        long done = 0;
        for (int b = 0; b < churnedRuns.length; b++) {
            long size = (long) churnedRuns[b] + retainedRuns[b];
            if (size == 0) {
                continue;
            }
            double churnShare = (double) churnedRuns[b] / size;
            long left = size;
            long pos = done;
            while (left > 0) {
                int d = (int) Math.min(9, pos * 10 / known);
                long decileEnd = (d == 9) ? known : ((d + 1) * known + 9) / 10;
                long take = Math.max(1, Math.min(left, decileEnd - pos));
                accounts[d] += take;
                churnedIn[d] += take * churnShare;
                pos += take;
                left -= take;
            }
            done += size;
        }
        Evaluation.DecileRow[] rows = new Evaluation.DecileRow[10];
        for (int d = 0; d < 10; d++) {
            double rate = accounts[d] == 0 ? Double.NaN : churnedIn[d] / accounts[d];
            rows[d] = new Evaluation.DecileRow(d + 1, (int) Math.round(accounts[d]), churnedIn[d], rate,
                    rate / overall);
        }
        return rows;
    }

    static long sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static Evaluation.RocCurve thin(double[] fpr, double[] tpr, int maxPoints) {
        if (fpr.length <= maxPoints) {
            return new Evaluation.RocCurve(fpr, tpr);
        }
        double[] f = new double[maxPoints];
        double[] t = new double[maxPoints];
        for (int p = 0; p < maxPoints; p++) {
            int at = (int) Math.round((double) p * (fpr.length - 1) / (maxPoints - 1));
            f[p] = fpr[at];
            t[p] = tpr[at];
        }
        return new Evaluation.RocCurve(f, t);
    }
}
