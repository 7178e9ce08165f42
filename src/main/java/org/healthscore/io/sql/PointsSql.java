package org.healthscore.io.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthscore.model.Direction;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Normalization;

/** A metric's points (0–10) in SQL: its source read where {@link Sources} says, normalized as the engine does. */
final class PointsSql {
    private PointsSql() {
    }

    /** The metric's points (0–10) with its missing policy applied; NULL means left out (re-weighted). */
    static String points(Metric m, Sources sources) {
        String points;
        if (m.normalization() instanceof Normalization.Categorical c && m.source() instanceof MetricSource.Column col) {
            points = categorical(c, "TRIM(CAST(" + sources.now(m, col.column()) + " AS VARCHAR(1000)))");
        } else {
            points = numeric(m.normalization(), m.direction(), raw(m, sources));
        }
        return switch (m.missing()) {
            case NEUTRAL -> "COALESCE(" + points + ", 5.0)";
            case ZERO -> "COALESCE(" + points + ", 0.0)";
            case REWEIGHT -> points;
        };
    }

    static String raw(Metric m, Sources sources) {
        MetricSource source = m.source();
        if (source instanceof MetricSource.Ratio r) {
            String den = ScoringSql.dbl(sources.now(m, r.denominator()));
            return "(CASE WHEN " + den + " = 0.0 THEN NULL ELSE " + ScoringSql.dbl(sources.now(m, r.numerator())) + " / " + den
                    + " END)";
        }
        if (source instanceof MetricSource.Trend t) {
            // the change over the trend's days: the value as of the date minus the value as of that many days before
            return "(" + ScoringSql.dbl(sources.now(m, t.column())) + " - " + ScoringSql.dbl(sources.before(m, t.column())) + ")";
        }
        return ScoringSql.dbl(sources.now(m, ((MetricSource.Column) source).column()));
    }

    static String numeric(Normalization n, Direction direction, String x) {
        if (n instanceof Normalization.Linear l) {
            double span = l.max() - l.min();
            String t = direction == Direction.HIGHER_IS_BETTER
                    ? "((" + x + " - " + ScoringSql.num(l.min()) + ") / " + ScoringSql.num(span) + ")"
                    : "((" + ScoringSql.num(l.max()) + " - " + x + ") / " + ScoringSql.num(span) + ")";
            return "(10.0 * CASE WHEN " + t + " IS NULL THEN NULL WHEN " + t + " > 1.0 THEN 1.0 WHEN " + t
                    + " < 0.0 THEN 0.0 ELSE " + t + " END)";
        }
        if (n instanceof Normalization.Thresholds t) {
            double s = direction.sign();
            String v = s > 0 ? x : "(-" + x + ")";
            double a = s * t.atRisk();
            double c = s * t.concerning();
            double h = s * t.healthy();
            if (!t.interpolate()) {
                return "(CASE WHEN " + v + " IS NULL THEN NULL WHEN " + v + " >= " + ScoringSql.num(h) + " THEN 10.0 WHEN " + v
                        + " >= " + ScoringSql.num(c) + " THEN 5.0 ELSE 0.0 END)";
            }
            return "(CASE WHEN " + v + " IS NULL THEN NULL WHEN " + v + " <= " + ScoringSql.num(a) + " THEN 0.0 WHEN " + v + " < "
                    + ScoringSql.num(c) + " THEN 5.0 * (" + v + " - " + ScoringSql.num(a) + ") / " + ScoringSql.num(c - a) + " WHEN " + v + " < "
                    + ScoringSql.num(h) + " THEN 5.0 + 5.0 * (" + v + " - " + ScoringSql.num(c) + ") / " + ScoringSql.num(h - c)
                    + " ELSE 10.0 END)";
        }
        if (n instanceof Normalization.Bins b) {
            StringBuilder sb = new StringBuilder("(CASE");
            for (Normalization.Bin bin : b.bins()) {
                List<String> conds = new ArrayList<>();
                conds.add(x + " IS NOT NULL");
                if (bin.lo() != null) {
                    conds.add(x + " >= " + ScoringSql.num(bin.lo()));
                }
                if (bin.hi() != null) {
                    conds.add(x + " < " + ScoringSql.num(bin.hi()));
                }
                sb.append(" WHEN ").append(String.join(" AND ", conds)).append(" THEN ").append(ScoringSql.num(bin.points()));
            }
            return sb.append(" END)").toString();
        }
        // a number (a ratio) matches the key that is its canonical text: compared as numbers, in every engine
        Normalization.Categorical c = (Normalization.Categorical) n;
        StringBuilder sb = new StringBuilder("(CASE");
        for (Map.Entry<String, Double> e : new TreeMap<>(c.categoryPoints()).entrySet()) {
            Double v = CanonicalNumbers.valueOf(e.getKey());
            if (v != null) {
                sb.append(" WHEN ").append(x).append(" = ").append(ScoringSql.num(v)).append(" THEN ").append(ScoringSql.num(e.getValue()));
            }
        }
        return sb.append(" END)").toString();
    }

    /**
     * A column's cell (text or number, the SQL cannot know which) against the keys: a key that is a number's
     * canonical text first, matched by that text or by the text an engine gives the number ("20.0" for 20 in
     * SQLite, DuckDB and Spark; "0.0005" for 5.0E-4), then every other key by its text — so a numeric column
     * scores as the workspace engine scores it (by the canonical text) and a text column as the text says.
     */
    static String categorical(Normalization.Categorical c, String text) {
        StringBuilder sb = new StringBuilder("(CASE");
        TreeMap<String, Double> keys = new TreeMap<>(c.categoryPoints());
        for (Map.Entry<String, Double> e : keys.entrySet()) {
            Double v = CanonicalNumbers.valueOf(e.getKey());
            if (v != null) {
                List<String> forms = CanonicalNumbers.renderings(v).stream().map(ScoringSql::text).toList();
                sb.append(" WHEN ").append(text).append(" IN (").append(String.join(", ", forms)).append(") THEN ")
                        .append(ScoringSql.num(e.getValue()));
            }
        }
        for (Map.Entry<String, Double> e : keys.entrySet()) {
            if (CanonicalNumbers.valueOf(e.getKey()) == null) {
                sb.append(" WHEN ").append(text).append(" = ").append(ScoringSql.text(e.getKey())).append(" THEN ")
                        .append(ScoringSql.num(e.getValue()));
            }
        }
        return sb.append(" END)").toString();
    }

}
