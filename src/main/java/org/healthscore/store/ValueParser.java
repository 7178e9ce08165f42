package org.healthscore.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

/** Parses one CSV cell into the value stored for its column type; throws with a reason a person can read. */
final class ValueParser {
    static final Set<String> TRUE_WORDS = Set.of("y", "yes", "true", "t");
    static final Set<String> FALSE_WORDS = Set.of("n", "no", "false", "f");

    private final CsvFormat format;
    private final DateTimeFormatter dates;
    /** The longest missing-value token: a longer cell without surrounding spaces cannot be one (the hot path). */
    private final int longestToken;

    ValueParser(CsvFormat format) {
        this.format = format;
        this.longestToken = format.missing().stream().mapToInt(String::length).max().orElse(0);
        this.dates = DateTimeFormatter.ofPattern(format.datePattern().replace("yyyy", "uuuu"), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Thrown for a cell that does not fit its column's type. */
    static final class BadValue extends Exception {
        BadValue(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The value to bind, or null for an empty cell or one of the file's missing-value tokens. */
    Object parse(String raw, ColumnType type) throws BadValue {
        if (mayBeMissing(raw) && format.isMissing(raw)) {
            return null;
        }
        String s = raw.trim();
        switch (type) {
            case INTEGER -> {
                try {
                    return Long.parseLong(s);
                } catch (NumberFormatException e) {
                    throw new BadValue("not a whole number");
                }
            }
            case DECIMAL -> {
                return parseDecimal(s);
            }
            case DATE -> {
                try {
                    return LocalDate.parse(s, dates).toString();
                } catch (DateTimeParseException e) {
                    throw new BadValue("not a date in the form " + format.datePattern());
                }
            }
            case BOOLEAN -> {
                String t = s.toLowerCase(Locale.ROOT);
                if (TRUE_WORDS.contains(t) || "1".equals(t)) {
                    return 1;
                }
                if (FALSE_WORDS.contains(t) || "0".equals(t)) {
                    return 0;
                }
                throw new BadValue("not yes/no");
            }
            default -> {
                return raw;
            }
        }
    }

    private boolean mayBeMissing(String raw) {
        int n = raw.length();
        return n <= longestToken || Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(n - 1));
    }

    private double parseDecimal(String s) throws BadValue {
        String t = format.decimalComma() ? s.replace(".", "").replace(',', '.') : s;
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new BadValue("not a finite number");
            }
            if (t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
                throw new BadValue("not a number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadValue("not a number");
        }
    }
}
