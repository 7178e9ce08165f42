package org.healthscore.store;

import java.nio.charset.Charset;

/**
 * How a CSV file is written.
 *
 * @param quote       the quoting character (usually {@code "})
 * @param datePattern a {@link java.time.format.DateTimeFormatter} pattern such as yyyy-MM-dd or M/d/yyyy
 */
public record CsvFormat(Charset charset, char delimiter, char quote, boolean header, boolean decimalComma,
                        String datePattern) {
}
