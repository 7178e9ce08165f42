package org.healthscore.engine;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.util.List;
import java.util.function.Function;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;

/**
 * Scores one snapshot row at a time (each cell read by column name), for streaming any number of accounts:
 * the same rules, in the same arithmetic order, as {@link ScoringEngine} — a test holds the two together.
 * A snapshot has no history, so trend metrics are refused and staleness does not apply.
 */
public final class RowScorer {
    /** One scored row: NaN score and null band when no metric counted. */
    public record Result(double score, String band, String segment, double[] points) {
    }

    private final HealthModel model;
    private final List<Metric> metrics;
    /** The metrics as each segment scores them (its own points), the defaults first. */
    private final Metric[][] metricsBySegment;
    private final double[][] weights;
    private final List<List<Band>> bandsBySegment;
    /** The columns a row must have, and for each metric (and segment) where in them its cells are. */
    private final List<String> columns;
    private final int[][] metricCells;
    private final int[] segmentCells;

    public RowScorer(HealthModel model) {
        this.model = model;
        this.metrics = model.metrics();
        for (Metric m : metrics) {
            if (m.source() instanceof MetricSource.Trend) {
                throw new IllegalArgumentException("metric '" + m.key() + "' is a trend, which needs observation "
                        + "history; a one-row-per-account file cannot score it");
            }
        }
        this.weights = ScoringEngine.weightsBySegment(model);
        this.metricsBySegment = new Metric[model.segments().size() + 1][];
        metricsBySegment[0] = metrics.toArray(Metric[]::new);
        for (int s = 0; s < model.segments().size(); s++) {
            metricsBySegment[s + 1] = metrics.stream().map(model.segments().get(s)::metricIn).toArray(Metric[]::new);
        }
        this.bandsBySegment = new java.util.ArrayList<>();
        for (int s = -1; s < model.segments().size(); s++) {
            bandsBySegment.add(Bands.descending(s < 0 ? model.bands() : model.segments().get(s).bandsOr(model.bands())));
        }
        java.util.Set<String> cols = new java.util.LinkedHashSet<>();
        metrics.forEach(m -> cols.addAll(m.source().columns()));
        model.segments().forEach(s -> cols.add(s.column()));
        this.columns = List.copyOf(cols);
        this.metricCells = new int[metrics.size()][];
        for (int j = 0; j < metrics.size(); j++) {
            metricCells[j] = metrics.get(j).source().columns().stream().mapToInt(columns::indexOf).toArray();
        }
        this.segmentCells = model.segments().stream().mapToInt(s -> columns.indexOf(s.column())).toArray();
    }

    /** The columns a row must have, in the order {@link #score(String[])} takes their cells. */
    public java.util.Set<String> requiredColumns() {
        return new java.util.LinkedHashSet<>(columns);
    }

    /** Scores a row whose cells are read by column name (null: no such column). */
    public Result score(Function<String, String> cell) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell.apply(columns.get(i));
        }
        return score(cells);
    }

    /**
     * Scores a row given as the cells of {@link #requiredColumns()}, in that order (any cells after them are
     * ignored): for streaming, where looking each cell up by name was a tenth of the time.
     */
    public Result score(String[] cells) {
        int seg = segmentOf(cells);
        double[] w = weights[seg + 1];
        Metric[] scoring = metricsBySegment[seg + 1];
        double[] points = new double[metrics.size()];
        double num = 0.0;
        double den = 0.0;
        for (int j = 0; j < metrics.size(); j++) {
            double p = points(scoring[j], metricCells[j], cells);
            points[j] = p;
            if (p == p) {
                num += w[j] * p;
                den += w[j];
            }
        }
        double score = den > 0.0 ? ScoreKernel.score(num, den) : Double.NaN;
        List<Band> bands = bandsBySegment.get(seg + 1);
        int b = Bands.indexOf(bands, score);
        return new Result(score, b < 0 ? null : bands.get(b).name(), seg < 0 ? null : model.segments().get(seg).name(),
                points);
    }

    /**
     * The row scored again with other points (model order; NaN = left out) under the weights and bands of its own
     * segment: a CSM's corrected points.
     */
    public Result withPoints(Result row, double[] points) {
        int seg = -1;
        for (int s = 0; s < model.segments().size() && row.segment() != null; s++) {
            if (model.segments().get(s).name().equals(row.segment())) {
                seg = s;
                break;
            }
        }
        double score = ScoreKernel.scoreOf(points, weights[seg + 1]);
        List<Band> bands = bandsBySegment.get(seg + 1);
        int b = Bands.indexOf(bands, score);
        return new Result(score, b < 0 ? null : bands.get(b).name(), row.segment(), points.clone());
    }

    /** The band names a row of this segment (null: none) can be in. */
    public List<String> bandNames(String segment) {
        for (int s = 0; s < model.segments().size() && segment != null; s++) {
            if (model.segments().get(s).name().equals(segment)) {
                return bandsBySegment.get(s + 1).stream().map(Band::name).toList();
            }
        }
        return bandsBySegment.get(0).stream().map(Band::name).toList();
    }

    private int segmentOf(String[] cells) {
        for (int s = 0; s < model.segments().size(); s++) {
            Segment seg = model.segments().get(s);
            String v = cells[segmentCells[s]];
            if (v == null) {
                continue;
            }
            String t = v.trim();
            for (String value : seg.values()) {
                if (value.equals(t) || sameNumber(value, t)) {
                    return s;
                }
            }
        }
        return -1;
    }

    /** @param at where in {@code cells} the metric's source columns are (a ratio: numerator, denominator) */
    private static double points(Metric m, int[] at, String[] cells) {
        double p;
        if (m.normalization() instanceof Normalization.Categorical cat && m.source() instanceof MetricSource.Column) {
            String text = cells[at[0]];
            p = text == null || text.isBlank() ? Double.NaN : categorical(cat, text.trim());
        } else {
            p = m.normalization().points(raw(m.source(), at, cells), m.direction());
        }
        if (p == p) {
            return p;
        }
        return m.missing() == MissingPolicy.NEUTRAL ? 5.0 : m.missing() == MissingPolicy.ZERO ? 0.0 : Double.NaN;
    }

    /** A category is matched by its text; a numeric cell also by its number's plain form (as the engine does). */
    private static double categorical(Normalization.Categorical cat, String text) {
        double direct = cat.pointsFor(text);
        if (direct == direct) {
            return direct;
        }
        double v = number(text);
        return v == v ? cat.points(v, null) : Double.NaN;
    }

    private static double raw(MetricSource source, int[] at, String[] cells) {
        if (source instanceof MetricSource.Ratio) {
            double num = number(cells[at[0]]);
            double den = number(cells[at[1]]);
            return den == 0.0 ? Double.NaN : num / den;
        }
        return number(cells[at[0]]);
    }

    /**
     * A number as docs/MODEL_FORMAT.md writes it: an optional sign, digits with an optional fraction (or a fraction
     * alone), an optional exponent — nothing else ({@code 2f}, {@code 1d}, {@code 0x1p3}, {@code Infinity} and
     * {@code NaN}, which Java's own parser takes, are not numbers here: a second implementation would not read them).
     */
    static boolean isNumber(String t) {
        // [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)? by hand: a regular expression
        // made `score` 15 % slower (2.21 s against 2.55 s for a million rows)
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** A cell as a number; empty or not a number (by the grammar above) is missing. */
    public static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.trim();
        double plain = plainDecimal(t);
        if (plain == plain || t.isEmpty() || !isNumber(t)) {
            return plain;
        }
        try {
            double v = JavaDoubleParser.parseDouble(t); // Double.parseDouble's value, sooner
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * Most cells' value at once, NaN for any other text: an optional sign and at most 15 digits with an optional
     * point. Such digits are a whole number below 2^53 and 10^k is exact, so their quotient, rounded once by the
     * division, is the double nearest the decimal: what Double.parseDouble returns (Clinger's fast path). A third
     * of `score`'s scoring went to checking and parsing numbers.
     */
    static double plainDecimal(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            negative = t.charAt(0) == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
            } else if (c == '.' && point < 0) {
                point = count;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15) {
            return Double.NaN;
        }
        double v = point < 0 ? digits : digits / POWERS_OF_TEN[count - point];
        return negative ? -v : v;
    }

    private static boolean sameNumber(String a, String b) {
        double x = number(a);
        double y = number(b);
        return x == x && x == y;
    }
}
