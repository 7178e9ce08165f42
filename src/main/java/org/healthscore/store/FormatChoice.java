package org.healthscore.store;

import java.nio.charset.Charset;

/** How a user says a CSV file is written; a null field means "detect it". */
public record FormatChoice(Charset charset, Character delimiter, Character quote, Boolean header,
                           Boolean decimalComma, String datePattern) {
    public static final FormatChoice AUTO = new FormatChoice(null, null, null, null, null, null);

    public FormatChoice withCharset(Charset c) {
        return new FormatChoice(c, delimiter, quote, header, decimalComma, datePattern);
    }

    public FormatChoice withDelimiter(Character d) {
        return new FormatChoice(charset, d, quote, header, decimalComma, datePattern);
    }

    public FormatChoice withQuote(Character q) {
        return new FormatChoice(charset, delimiter, q, header, decimalComma, datePattern);
    }

    public FormatChoice withHeader(Boolean h) {
        return new FormatChoice(charset, delimiter, quote, h, decimalComma, datePattern);
    }

    public FormatChoice withDecimalComma(Boolean d) {
        return new FormatChoice(charset, delimiter, quote, header, d, datePattern);
    }

    public FormatChoice withDatePattern(String p) {
        return new FormatChoice(charset, delimiter, quote, header, decimalComma, p);
    }
}
