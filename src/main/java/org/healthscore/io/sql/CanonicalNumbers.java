package org.healthscore.io.sql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import org.healthscore.engine.RowScorer;

/**
 * A category key that is a number's canonical text (docs/MODEL_FORMAT.md: a whole number below 10^15 without a
 * decimal point, any other in Java's shortest round-trip form) — the keys a numeric value can match — and the texts
 * SQL engines give that number when a numeric column is cast to text.
 */
final class CanonicalNumbers {
    private CanonicalNumbers() {
    }

    /** The number {@code key} is the canonical text of, or null when it is not one ("20.0", "020", "Gold"). */
    static Double valueOf(String key) {
        double v = RowScorer.number(key);
        return v == v && canonical(v).equals(key) ? v : null;
    }

    static String canonical(double v) {
        return org.healthscore.model.Normalization.Categorical.canonicalText(v); // the engine's own rule, not a copy
    }

    /** The canonical text first, then how SQLite, DuckDB, PostgreSQL and Spark SQL write the same double. */
    static List<String> renderings(double v) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        forms.add(canonical(v));
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            forms.add(Long.toString((long) v) + ".0"); // SQLite, DuckDB, Spark: 20.0
        } else {
            forms.add(Double.toString(v)); // Spark: 5.0E-4
            BigDecimal exact = new BigDecimal(Double.toString(v));
            forms.add(exact.stripTrailingZeros().toPlainString()); // DuckDB, PostgreSQL: 0.0005
            // SQLite: 15 significant digits ("%!.15g"): 0.666666666666667
            forms.add(exact.round(new MathContext(15)).stripTrailingZeros().toPlainString());
            double magnitude = Math.abs(v);
            if (magnitude < 1e-4 || magnitude >= 1e15) {
                // the exponent forms: DuckDB 1e-05, SQLite 1.0e-05
                String[] parts = Double.toString(v).split("E");
                int exp = Integer.parseInt(parts[1]);
                String e = (exp < 0 ? "e-" : "e+") + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exp));
                String mantissa = parts[0];
                forms.add((mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa) + e);
                forms.add(mantissa + e);
            }
        }
        return List.copyOf(forms);
    }
}
