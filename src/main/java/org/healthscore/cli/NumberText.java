package org.healthscore.cli;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * A double as the CSV files written here hold it: the shortest text that reads back as the same double (empty for
 * "no value"), a whole number as {@code 7.0} (never {@code 1.0E7}). The text is that of Java 19's Double.toString
 * (Schubfach, from Jackson; Java 17's own is slower and sometimes a digit longer); two fast paths give the same text
 * for the most common values, which made formatting a third of `score`'s time.
 */
final class NumberText {
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3};

    private NumberText() {
    }

    static String of(double v) {
        return append(new StringBuilder(24), v).toString();
    }

    /** Appends {@link #of(double)}'s text without making a string of it first. */
    static StringBuilder append(StringBuilder out, double v) {
        if (Double.isNaN(v)) {
            return out;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v == 0.0 && 1.0 / v < 0 ? out.append("-0.0") : out.append((long) v).append(".0");
        }
        double size = Math.abs(v);
        if (size >= 1e-3 && size < 1e7) {
            // one to three decimals (7.5, 6.25, 0.125): m / 10^k is rounded once, as reading the text "m·10^-k"
            // is, so it equals v exactly when that text reads back as v; the fewest decimals that do are the
            // shortest text, and at this size no two texts of as many decimals read back as the same double
            for (int k = 1; k < POWERS_OF_TEN.length; k++) {
                long m = Math.round(size * POWERS_OF_TEN[k]);
                if (m / POWERS_OF_TEN[k] == size) {
                    return decimals(v < 0 ? out.append('-') : out, m, k);
                }
            }
        }
        return out.append(NumberOutput.toString(v, true));
    }

    private static StringBuilder decimals(StringBuilder out, long m, int k) {
        long scale = (long) POWERS_OF_TEN[k];
        out.append(m / scale).append('.');
        String fraction = Long.toString(m % scale);
        for (int pad = fraction.length(); pad < k; pad++) {
            out.append('0');
        }
        return out.append(fraction);
    }
}
