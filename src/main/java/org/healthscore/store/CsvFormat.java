package org.healthscore.store;

import java.nio.charset.Charset;

/**
 * How a CSV file is written.
 *
 * @param datePattern a {@link java.time.format.DateTimeFormatter} pattern such as yyyy-MM-dd or MM/dd/yyyy
 */
public record CsvFormat(Charset charset, char delimiter, boolean header, boolean decimalComma, String datePattern) {
}
