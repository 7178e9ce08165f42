package org.healthscore.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthscore.data.Outcome;

/**
 * How well one metric's points alone predict churn: univariate AUC (higher points = less churn),
 * point-biserial correlation of points with "churned" (negative = the metric warns), and information value
 * over the metric's distinct point levels (or ten equal-frequency groups when there are many levels).
 */
public record MetricDiagnostics(double auc, double pointBiserial, double informationValue, List<IvBin> ivBins,
                                int counted) {

    /** One group of the IV table; {@code woe} = ln(share of retained / share of churned), 0.5 smoothing. */
    public record IvBin(double lo, double hi, int accounts, int churned, double woe, double iv) {
    }

    public static MetricDiagnostics of(double[] points, byte[] outcome, boolean[] mask) {
        int n = 0;
        for (int i = 0; i < points.length; i++) {
            if ((mask == null || mask[i]) && points[i] == points[i] && outcome[i] != Outcome.UNKNOWN) {
                n++;
            }
        }
        double[] p = new double[n];
        boolean[] churn = new boolean[n];
        int m = 0;
        for (int i = 0; i < points.length; i++) {
            if ((mask == null || mask[i]) && points[i] == points[i] && outcome[i] != Outcome.UNKNOWN) {
                p[m] = points[i];
                churn[m] = outcome[i] == Outcome.CHURNED;
                m++;
            }
        }
        return new MetricDiagnostics(auc(p, churn), pointBiserial(p, churn), 0, List.of(), n).withIv(p, churn);
    }

    private static double auc(double[] p, boolean[] churn) {
        int nc = 0;
        for (boolean c : churn) {
            nc += c ? 1 : 0;
        }
        double[] c = new double[nc];
        double[] r = new double[p.length - nc];
        int ci = 0;
        int ri = 0;
        for (int i = 0; i < p.length; i++) {
            if (churn[i]) {
                c[ci++] = p[i];
            } else {
                r[ri++] = p[i];
            }
        }
        Arrays.sort(c);
        Arrays.sort(r);
        return RankStats.exactAuc(c, r);
    }

    /** Pearson correlation between points and the 0/1 churn indicator; NaN when either is constant. */
    static double pointBiserial(double[] p, boolean[] churn) {
        int n = p.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += p[i];
            my += churn[i] ? 1 : 0;
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = p[i] - mx;
            double dy = (churn[i] ? 1 : 0) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private MetricDiagnostics withIv(double[] p, boolean[] churn) {
        List<IvBin> bins = ivBins(p, churn);
        double iv = bins.stream().mapToDouble(IvBin::iv).sum();
        return new MetricDiagnostics(auc, pointBiserial, iv, bins, counted);
    }

    static List<IvBin> ivBins(double[] p, boolean[] churn) {
        int n = p.length;
        if (n == 0) {
            return List.of();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] distinct = Arrays.stream(p).distinct().sorted().toArray();
        // group boundaries: each distinct level, or ten equal-frequency groups that never split a level
        List<double[]> edges = new ArrayList<>();
        if (distinct.length <= 12) {
            for (double d : distinct) {
                edges.add(new double[] {d, d});
            }
        } else {
            int start = 0;
            for (int g = 1; g <= 10 && start < n; g++) {
                int end = Math.max(start + 1, (int) ((long) g * n / 10));
                while (end < n && p[order[end]] == p[order[end - 1]]) {
                    end++;
                }
                edges.add(new double[] {p[order[start]], p[order[end - 1]]});
                start = end;
            }
        }
        int totalChurned = 0;
        for (boolean c : churn) {
            totalChurned += c ? 1 : 0;
        }
        int totalRetained = n - totalChurned;
        List<IvBin> out = new ArrayList<>();
        int at = 0;
        for (double[] e : edges) {
            int accounts = 0;
            int churned = 0;
            while (at < n && p[order[at]] <= e[1]) {
                accounts++;
                churned += churn[order[at]] ? 1 : 0;
                at++;
            }
            GroupIv g = GroupIv.of(accounts, churned, totalRetained, totalChurned, edges.size());
            out.add(new IvBin(e[0], e[1], accounts, churned, g.woe(), g.iv()));
        }
        return out;
    }

    /**
     * One group's weight of evidence, ln(share of retained / share of churned), and its part of the information
     * value; 0.5 is added to each group's counts so that a group with no churn (or no renewals) stays finite.
     */
    record GroupIv(double woe, double iv) {
        static GroupIv of(int accounts, int churned, int totalRetained, int totalChurned, int groups) {
            double shareRetained = (accounts - churned + 0.5) / (totalRetained + 0.5 * groups);
            double shareChurned = (churned + 0.5) / (totalChurned + 0.5 * groups);
            double woe = Math.log(shareRetained / shareChurned);
            return new GroupIv(woe, (shareRetained - shareChurned) * woe);
        }
    }
}
