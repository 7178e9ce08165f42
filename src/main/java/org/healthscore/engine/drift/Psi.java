package org.healthscore.engine.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Population stability index of one distribution against a reference: Σ (to − from) × ln(to / from) over bins of
 * the reference, where from and to are each bin's share of its population. Numbers fall in the reference's
 * deciles (fewer bins when values repeat), categories in their own bins (the 19 most common in the reference,
 * the rest together as "other"), missing values in a bin of their own. A bin empty on one side counts as
 * {@value #EMPTY_SHARE} of it, so that one empty bin adds a large but finite amount, as usual for PSI.
 *
 * @param value the index (0: the same distribution)
 * @param bins  each bin's label and its shares in the reference ({@code from}) and now ({@code to})
 */
public record Psi(double value, List<Bin> bins) {
    /** The share an empty bin is taken to have. */
    public static final double EMPTY_SHARE = 1e-4;
    /** Below it: stable. */
    public static final double SOME_SHIFT = 0.1;
    /** Above it: the population has shifted. */
    public static final double SHIFT = 0.25;
    private static final int CATEGORY_BINS = 19;

    public Psi {
        bins = List.copyOf(bins);
    }

    /** One bin: its label and its share of the reference and of the current population. */
    public record Bin(String label, double from, double to) {
    }

    /** The usual reading of a PSI. */
    public enum Reading {
        STABLE("stable"), SOME_SHIFT("some shift"), SHIFTED("shifted");

        private final String text;

        Reading(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Reading reading() {
        return !(value >= SOME_SHIFT) ? Reading.STABLE : value <= SHIFT ? Reading.SOME_SHIFT : Reading.SHIFTED;
    }

    /** Numbers (NaN: missing) binned at the reference's deciles. */
    public static Psi numeric(double[] from, double[] to) {
        double[] known = Arrays.stream(from).filter(v -> !Double.isNaN(v)).sorted().toArray();
        List<Double> edges = new ArrayList<>(); // a bin holds values up to and including its edge
        for (int d = 1; d < 10 && known.length > 0; d++) {
            double edge = known[(int) Math.min(known.length - 1, Math.ceil(d * known.length / 10.0) - 1)];
            if (edges.isEmpty() || edge > edges.get(edges.size() - 1)) {
                edges.add(edge);
            }
        }
        if (known.length > 0 && !edges.isEmpty() && edges.get(edges.size() - 1) >= known[known.length - 1]) {
            edges.remove(edges.size() - 1); // the last bin is open above: no edge at the largest value
        }
        int bins = edges.size() + 1;
        double[] e = edges.stream().mapToDouble(Double::doubleValue).toArray();
        long[] a = count(from, e, bins);
        long[] b = count(to, e, bins);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            labels.add(i == 0 ? (bins == 1 ? "all values" : "≤ " + num(e[0]))
                    : i == bins - 1 ? "> " + num(e[i - 1]) : num(e[i - 1]) + " – " + num(e[i]));
        }
        labels.add("missing");
        return of(labels, a, b);
    }

    /** Category texts (null: missing). */
    public static Psi categorical(String[] from, String[] to) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String v : from) {
            if (v != null) {
                counts.computeIfAbsent(v, k -> new long[2])[0]++;
            }
        }
        List<String> common = counts.entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(CATEGORY_BINS)
                .map(Map.Entry::getKey).toList();
        List<String> labels = new ArrayList<>(common);
        labels.add("other");
        labels.add("missing");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < common.size(); i++) {
            index.put(common.get(i), i);
        }
        long[] a = new long[labels.size()];
        long[] b = new long[labels.size()];
        tally(from, index, a);
        tally(to, index, b);
        return of(labels, a, b);
    }

    private static void tally(String[] values, Map<String, Integer> index, long[] counts) {
        int other = counts.length - 2;
        for (String v : values) {
            counts[v == null ? counts.length - 1 : index.getOrDefault(v, other)]++;
        }
    }

    /** Counts per bin (the last one: missing) of {@code values} at {@code edges}. */
    private static long[] count(double[] values, double[] edges, int bins) {
        long[] c = new long[bins + 1];
        for (double v : values) {
            if (Double.isNaN(v)) {
                c[bins]++;
            } else {
                int i = Arrays.binarySearch(edges, v);
                c[i >= 0 ? i : -i - 1]++;
            }
        }
        return c;
    }

    /** The index from counts; bins empty on both sides are left out (they say nothing). */
    static Psi of(List<String> labels, long[] from, long[] to) {
        long na = Arrays.stream(from).sum();
        long nb = Arrays.stream(to).sum();
        List<Bin> bins = new ArrayList<>();
        double psi = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (from[i] == 0 && to[i] == 0) {
                continue;
            }
            double p = na == 0 ? 0 : (double) from[i] / na;
            double q = nb == 0 ? 0 : (double) to[i] / nb;
            bins.add(new Bin(labels.get(i), p, q));
            double pp = Math.max(p, EMPTY_SHARE);
            double qq = Math.max(q, EMPTY_SHARE);
            psi += (qq - pp) * Math.log(qq / pp);
        }
        return new Psi(na == 0 || nb == 0 ? Double.NaN : psi, bins);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,.0f", v)
                : String.format(java.util.Locale.ROOT, "%,.3g", v);
    }
}
