package org.healthscore.store;

import java.nio.charset.Charset;
import java.util.Set;

/**
 * How a CSV file is written.
 *
 * @param quote       the quoting character (usually {@code "})
 * @param datePattern a {@link java.time.format.DateTimeFormatter} pattern such as yyyy-MM-dd or M/d/yyyy
 * @param missing     the cell texts that mean "no value" ({@link MissingTokens}); an empty cell always does
 */
public record CsvFormat(Charset charset, char delimiter, char quote, boolean header, boolean decimalComma,
                        String datePattern, Set<String> missing) {
    public CsvFormat {
        missing = Set.copyOf(missing);
    }

    public CsvFormat(Charset charset, char delimiter, char quote, boolean header, boolean decimalComma,
                     String datePattern) {
        this(charset, delimiter, quote, header, decimalComma, datePattern, MissingTokens.defaults());
    }

    public boolean isMissing(String cell) {
        return MissingTokens.isMissing(cell, missing);
    }
}
