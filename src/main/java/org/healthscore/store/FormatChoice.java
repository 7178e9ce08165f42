package org.healthscore.store;

import java.nio.charset.Charset;
import java.util.Set;

/** How a user says a CSV file is written; a null field means "detect it" (or, for missing, the defaults). */
public record FormatChoice(Charset charset, Character delimiter, Character quote, Boolean header,
                           Boolean decimalComma, String datePattern, Set<String> missing) {
    public static final FormatChoice AUTO = new FormatChoice(null, null, null, null, null, null, null);

    public FormatChoice(Charset charset, Character delimiter, Character quote, Boolean header, Boolean decimalComma,
                        String datePattern) {
        this(charset, delimiter, quote, header, decimalComma, datePattern, null);
    }

    public FormatChoice withCharset(Charset c) {
        return new FormatChoice(c, delimiter, quote, header, decimalComma, datePattern, missing);
    }

    public FormatChoice withDelimiter(Character d) {
        return new FormatChoice(charset, d, quote, header, decimalComma, datePattern, missing);
    }

    public FormatChoice withQuote(Character q) {
        return new FormatChoice(charset, delimiter, q, header, decimalComma, datePattern, missing);
    }

    public FormatChoice withHeader(Boolean h) {
        return new FormatChoice(charset, delimiter, quote, h, decimalComma, datePattern, missing);
    }

    public FormatChoice withDecimalComma(Boolean d) {
        return new FormatChoice(charset, delimiter, quote, header, d, datePattern, missing);
    }

    public FormatChoice withDatePattern(String p) {
        return new FormatChoice(charset, delimiter, quote, header, decimalComma, p, missing);
    }

    public FormatChoice withMissing(Set<String> tokens) {
        return new FormatChoice(charset, delimiter, quote, header, decimalComma, datePattern,
                tokens == null ? null : Set.copyOf(tokens));
    }
}
