package org.healthscore.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Weights as the user sees them: shares of 100 %. Setting one metric's share keeps every locked metric's share
 * where it is and spreads the rest over the other unlocked metrics in proportion to their current weights.
 */
public final class WeightShares {
    private WeightShares() {
    }

    /**
     * Shares rounded to multiples of {@code step} (0.1 for "33.3 %", 1 for "33 %") so that the rounded values
     * still add up to the rounded total — largest remainders first, as a published table does — instead of
     * 33.4 + 33.4 + 33.3 = 100.1.
     */
    public static double[] rounded(double[] shares, double step) {
        int n = shares.length;
        long[] units = new long[n];
        double[] rest = new double[n];
        double sum = 0;
        long floors = 0;
        for (int i = 0; i < n; i++) {
            double u = shares[i] / step;
            units[i] = (long) Math.floor(u + 1e-9);
            rest[i] = u - units[i];
            floors += units[i];
            sum += shares[i];
        }
        long target = Math.round(sum / step);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
        for (int k = 0; k < target - floors && k < n; k++) {
            units[order[k]]++;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round(units[i] * step * 1e6) / 1e6;
        }
        return out;
    }

    /**
     * The metrics with {@code key}'s share set to {@code percent} (clamped to what the locks leave free), every
     * weight rewritten as a percentage so that they sum to 100.
     */
    public static List<Metric> setShare(List<Metric> metrics, String key, double percent, Set<String> locked) {
        int n = metrics.size();
        double total = metrics.stream().mapToDouble(Metric::weight).sum();
        double[] share = new double[n];
        for (int i = 0; i < n; i++) {
            share[i] = total > 0 ? 100.0 * metrics.get(i).weight() / total : 100.0 / n; // all zero: equal shares
        }
        double lockedShare = 0;
        double othersShare = 0;
        int others = 0;
        for (int i = 0; i < n; i++) {
            String k = metrics.get(i).key();
            if (k.equals(key)) {
                continue;
            }
            if (locked.contains(k)) {
                lockedShare += share[i];
            } else {
                othersShare += share[i];
                others++;
            }
        }
        double free = Math.max(0, 100.0 - lockedShare);
        double mine = others == 0 ? free : Math.max(0, Math.min(free, percent));
        double rest = free - mine;
        List<Metric> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Metric m = metrics.get(i);
            double s;
            if (m.key().equals(key)) {
                s = mine;
            } else if (locked.contains(m.key())) {
                s = share[i];
            } else {
                s = othersShare > 0 ? rest * share[i] / othersShare : rest / others;
            }
            out.add(m.withWeight(s));
        }
        return out;
    }
}
