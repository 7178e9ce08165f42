package org.healthscore.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One signal over time for every account, in compressed-row form: the observations of account {@code a} are
 * at positions {@code start[a] .. start[a+1]-1}, sorted by day. A missing cell is not stored at all.
 */
public final class ObservationSeries {
    private final String name;
    private final int[] start;
    private final int[] day;
    private final double[] value;
    private final String[] categories;

    private ObservationSeries(String name, int[] start, int[] day, double[] value, String[] categories) {
        this.name = name;
        this.start = start;
        this.day = day;
        this.value = value;
        this.categories = categories;
    }

    public String name() {
        return name;
    }

    public String[] categories() {
        return categories;
    }

    public int accountCount() {
        return start.length - 1;
    }

    public int observationCount() {
        return day.length;
    }

    /** Earliest and latest observation day, or null when the series is empty. */
    public int[] daySpan() {
        if (day.length == 0) {
            return null;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int d : day) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        return new int[] {lo, hi};
    }

    /**
     * The latest value of {@code account} observed on or before {@code asOfDay}, or NaN when there is none or
     * the latest is more than {@code stalenessDays} older than {@code asOfDay}.
     */
    public double valueAsOf(int account, int asOfDay, int stalenessDays) {
        int lo = start[account];
        int hi = start[account + 1] - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] <= asOfDay) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || asOfDay - day[found] > stalenessDays) {
            return Double.NaN;
        }
        return value[found];
    }

    /** Days and values of one account's history, oldest first. */
    public double[][] history(int account) {
        int from = start[account];
        int to = start[account + 1];
        double[] days = new double[to - from];
        for (int i = from; i < to; i++) {
            days[i - from] = day[i];
        }
        return new double[][] {days, Arrays.copyOfRange(value, from, to)};
    }

    /** Collects observations in any order, then sorts them per account by day (a later duplicate day wins). */
    public static final class Builder {
        private final String name;
        private final int accounts;
        private final String[] categories;
        private int size;
        private int[] account = new int[1024];
        private int[] day = new int[1024];
        private double[] value = new double[1024];

        public Builder(String name, int accounts, String[] categories) {
            this.name = Objects.requireNonNull(name);
            this.accounts = accounts;
            this.categories = categories;
        }

        public Builder add(int accountIndex, int epochDay, double v) {
            if (Double.isNaN(v)) {
                return this;
            }
            if (size == account.length) {
                int cap = size * 2;
                account = Arrays.copyOf(account, cap);
                day = Arrays.copyOf(day, cap);
                value = Arrays.copyOf(value, cap);
            }
            account[size] = accountIndex;
            day[size] = epochDay;
            value[size] = v;
            size++;
            return this;
        }

        public ObservationSeries build() {
            return build(categories);
        }

        /** Builds with the category names known only once every value was seen (text read in one pass). */
        public ObservationSeries build(String[] categoryNames) {
            // counting sort by account keeps insertion order within an account; then sort each run by day
            int[] start = new int[accounts + 1];
            for (int i = 0; i < size; i++) {
                start[account[i] + 1]++;
            }
            for (int a = 0; a < accounts; a++) {
                start[a + 1] += start[a];
            }
            int[] next = Arrays.copyOf(start, accounts);
            int[] outDay = new int[size];
            double[] outValue = new double[size];
            for (int i = 0; i < size; i++) {
                int at = next[account[i]]++;
                outDay[at] = day[i];
                outValue[at] = value[i];
            }
            for (int a = 0; a < accounts; a++) {
                sortRun(outDay, outValue, start[a], start[a + 1]);
            }
            return new ObservationSeries(name, start, outDay, outValue, categoryNames);
        }

        /** Insertion sort: runs are short (one per month) and usually already in order. Stable. */
        private static void sortRun(int[] d, double[] v, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int key = d[i];
                double kv = v[i];
                int j = i - 1;
                while (j >= from && d[j] > key) {
                    d[j + 1] = d[j];
                    v[j + 1] = v[j];
                    j--;
                }
                d[j + 1] = key;
                v[j + 1] = kv;
            }
        }
    }
}
