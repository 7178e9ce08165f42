package org.healthscore.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules a model must meet beyond its JSON shape: finite, non-negative weights that are not all zero,
 * ordered thresholds and bins, ordered distinct bands, unique keys and names, and (when the workspace's
 * columns are given) source columns that exist. Paths name where, as in the JSON file.
 */
public final class ModelValidator {
    private ModelValidator() {
    }

    /** Every problem found; empty when the model is valid. {@code hasColumn} may be null (no column check). */
    public static List<ModelProblem> validate(HealthModel model, Predicate<String> hasColumn) {
        List<ModelProblem> out = new ArrayList<>();
        if (model.metrics().isEmpty()) {
            out.add(new ModelProblem("$.metrics", "the model has no metrics"));
        }
        Set<String> keys = new HashSet<>();
        double total = 0;
        for (int i = 0; i < model.metrics().size(); i++) {
            Metric m = model.metrics().get(i);
            String at = "$.metrics[" + i + "]";
            if (!keys.add(m.key())) {
                out.add(new ModelProblem(at + ".key", "metric key '" + m.key() + "' is used twice"));
            }
            weight(at + ".weight", m.weight(), out);
            total += Double.isFinite(m.weight()) ? Math.max(0, m.weight()) : 0;
            if (m.stalenessDays() < 0) {
                out.add(new ModelProblem(at + ".staleness_days", "must not be negative"));
            }
            normalization(at + ".normalization", m, out);
            if (hasColumn != null) {
                columns(at + ".source", m.source(), hasColumn, out);
            }
        }
        if (!model.metrics().isEmpty() && total == 0) {
            out.add(new ModelProblem("$.metrics", "all weights are zero: at least one metric must count"));
        }
        bands("$.bands", model.bands(), out);
        segments(model, hasColumn, out);
        for (int i = 0; i < model.alerts().size(); i++) {
            AlertRule a = model.alerts().get(i);
            if (!(a.dropPoints() > 0 && a.dropPoints() <= 100)) {
                out.add(new ModelProblem("$.alerts[" + i + "].drop_points", "must be more than 0 and at most 100"));
            }
            if (a.withinDays() < 1) {
                out.add(new ModelProblem("$.alerts[" + i + "].within_days", "must be at least 1 day"));
            }
        }
        return out;
    }

    /**
     * Weights are relative shares (25 and 75, or 0.25 and 0.75); this bound keeps their sum, and every
     * weight × points product, far from overflowing, which would leave accounts unscored without a word.
     */
    public static final double MAX_WEIGHT = 1e9;

    private static void weight(String path, double w, List<ModelProblem> out) {
        if (!Double.isFinite(w)) {
            out.add(new ModelProblem(path, "must be a finite number, not " + w));
        } else if (w < 0) {
            out.add(new ModelProblem(path, "must not be negative (" + w + ")"));
        } else if (w > MAX_WEIGHT) {
            out.add(new ModelProblem(path, "must be at most 1,000,000,000 (" + w + "); weights are relative "
                    + "shares, so 25 and 75 weigh as 0.25 and 0.75 do"));
        }
    }

    private static void normalization(String at, Metric m, List<ModelProblem> out) {
        Normalization n = m.normalization();
        if (n instanceof Normalization.Linear l) {
            finite(at + ".min", l.min(), out);
            finite(at + ".max", l.max(), out);
            if (Double.isFinite(l.min()) && Double.isFinite(l.max()) && !(l.min() < l.max())) {
                out.add(new ModelProblem(at, "min (" + l.min() + ") must be below max (" + l.max() + ")"));
            }
        } else if (n instanceof Normalization.Thresholds t) {
            finite(at + ".at_risk", t.atRisk(), out);
            finite(at + ".concerning", t.concerning(), out);
            finite(at + ".healthy", t.healthy(), out);
            double s = m.direction().sign();
            if (!(s * t.atRisk() <= s * t.concerning() && s * t.concerning() <= s * t.healthy())) {
                out.add(new ModelProblem(at, m.direction() == Direction.HIGHER_IS_BETTER
                        ? "thresholds must rise: at_risk ≤ concerning ≤ healthy"
                        : "thresholds must fall for a lower-is-better metric: at_risk ≥ concerning ≥ healthy"));
            }
        } else if (n instanceof Normalization.Bins b) {
            bins(at + ".bins", b.bins(), out);
        } else if (n instanceof Normalization.Categorical c) {
            if (c.categoryPoints().isEmpty()) {
                out.add(new ModelProblem(at + ".points", "needs at least one category"));
            }
            for (Map.Entry<String, Double> e : c.categoryPoints().entrySet()) {
                points(at + ".points." + e.getKey(), e.getValue(), out);
            }
        }
    }

    private static void bins(String at, List<Normalization.Bin> bins, List<ModelProblem> out) {
        if (bins.isEmpty()) {
            out.add(new ModelProblem(at, "needs at least one bin"));
        }
        for (int i = 0; i < bins.size(); i++) {
            Normalization.Bin b = bins.get(i);
            String p = at + "[" + i + "]";
            points(p + ".points", b.points(), out);
            if (b.lo() != null && !Double.isFinite(b.lo()) || b.hi() != null && !Double.isFinite(b.hi())) {
                out.add(new ModelProblem(p, "bounds must be finite numbers or null (open)"));
                continue;
            }
            if (b.lo() != null && b.hi() != null && !(b.lo() < b.hi())) {
                out.add(new ModelProblem(p, "lo (" + b.lo() + ") must be below hi (" + b.hi() + ")"));
            }
            if (b.lo() == null && i > 0) {
                out.add(new ModelProblem(p + ".lo", "only the first bin may be open below"));
            }
            if (b.hi() == null && i < bins.size() - 1) {
                out.add(new ModelProblem(p + ".hi", "only the last bin may be open above"));
            }
            if (i > 0) {
                Normalization.Bin prev = bins.get(i - 1);
                if (prev.hi() != null && b.lo() != null && b.lo() < prev.hi()) {
                    out.add(new ModelProblem(p, "overlaps the bin before it (" + b.lo() + " < " + prev.hi()
                            + "); list bins in order without overlap"));
                }
            }
        }
    }

    private static void points(String path, double p, List<ModelProblem> out) {
        if (!(p >= 0 && p <= 10)) {
            out.add(new ModelProblem(path, "points must be between 0 and 10, not " + p));
        }
    }

    private static void finite(String path, double v, List<ModelProblem> out) {
        if (!Double.isFinite(v)) {
            out.add(new ModelProblem(path, "must be a finite number, not " + v));
        }
    }

    private static void bands(String at, List<Band> bands, List<ModelProblem> out) {
        if (bands.isEmpty()) {
            out.add(new ModelProblem(at, "needs at least one band"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String p = at + "[" + i + "]";
            if (!names.add(b.name())) {
                out.add(new ModelProblem(p + ".name", "band name '" + b.name() + "' is used twice"));
            }
            if (!(b.lowerBound() >= 0 && b.lowerBound() <= 100)) {
                out.add(new ModelProblem(p + ".lower_bound", "must be between 0 and 100, not " + b.lowerBound()));
            }
            if (i > 0 && !(b.lowerBound() < bands.get(i - 1).lowerBound())) {
                out.add(new ModelProblem(p + ".lower_bound", "bands must be listed from the highest lower bound "
                        + "down, each lower than the one before (" + b.lowerBound() + " after "
                        + bands.get(i - 1).lowerBound() + ")"));
            }
        }
    }

    private static void segments(HealthModel model, Predicate<String> hasColumn, List<ModelProblem> out) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < model.segments().size(); i++) {
            Segment s = model.segments().get(i);
            String at = "$.segments[" + i + "]";
            if (!names.add(s.name())) {
                out.add(new ModelProblem(at + ".name", "segment name '" + s.name() + "' is used twice"));
            }
            for (Map.Entry<String, Double> w : s.weights().entrySet()) {
                if (model.metric(w.getKey()).isEmpty()) {
                    out.add(new ModelProblem(at + ".weights." + w.getKey(), "no metric has the key '" + w.getKey() + "'"));
                }
                weight(at + ".weights." + w.getKey(), w.getValue(), out);
            }
            if (s.bands() != null) {
                bands(at + ".bands", s.bands(), out);
            }
            for (String key : s.points().keySet()) {
                var metric = model.metric(key);
                if (metric.isEmpty()) {
                    out.add(new ModelProblem(at + ".points." + key, "no metric has the key '" + key + "'"));
                } else {
                    normalization(at + ".points." + key + ".normalization", s.metricIn(metric.get()), out);
                }
            }
            if (hasColumn != null && !hasColumn.test(s.column())) {
                out.add(new ModelProblem(at + ".column", "column '" + s.column() + "' is not in this workspace"));
            }
        }
    }

    private static void columns(String at, MetricSource source, Predicate<String> hasColumn, List<ModelProblem> out) {
        if (source instanceof MetricSource.Ratio r) {
            missing(at + ".numerator", r.numerator(), hasColumn, out);
            missing(at + ".denominator", r.denominator(), hasColumn, out);
        } else if (source instanceof MetricSource.Column c) {
            missing(at + ".column", c.column(), hasColumn, out);
        } else if (source instanceof MetricSource.Trend t) {
            missing(at + ".column", t.column(), hasColumn, out);
        }
    }

    private static void missing(String path, String column, Predicate<String> hasColumn, List<ModelProblem> out) {
        if (!hasColumn.test(column)) {
            out.add(new ModelProblem(path, "column '" + column + "' is not in this workspace"));
        }
    }
}
