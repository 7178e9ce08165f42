package org.healthscore.store;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses how a CSV file is written (encoding, delimiter, decimal comma, date format) and what its columns
 * are (type and role), from its first 64 KiB. Every guess can be overridden in the import spec.
 */
public final class CsvSniffer {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_ROWS = 500;
    private static final int PREVIEW_ROWS = 20;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final List<String[]> DATE_PATTERNS = List.of(
            new String[] {"\\d{4}-\\d{2}-\\d{2}", "yyyy-MM-dd"},
            new String[] {"\\d{1,2}/\\d{1,2}/\\d{4}", "M/d/yyyy"},
            new String[] {"\\d{1,2}\\.\\d{1,2}\\.\\d{4}", "d.M.yyyy"},
            new String[] {"\\d{4}/\\d{2}/\\d{2}", "yyyy/MM/dd"});
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})*(,\\d+)?|[-+]?\\d+,\\d+");

    private CsvSniffer() {
    }

    /** A detected import of {@code file} as dataset {@code datasetName}. */
    public static ImportSpec detect(Path file, String datasetName) throws IOException {
        return sniff(file, datasetName, FormatChoice.AUTO).spec();
    }

    /** Detects what {@code choice} leaves open, and returns the spec with the first rows for a preview. */
    public static Sniffed sniff(Path file, String datasetName, FormatChoice choice) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        Charset charset = choice.charset() != null ? choice.charset() : CharsetDetector.detectCharset(head);
        String text = new String(head, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (head.length == SAMPLE_BYTES) {
            int lastNewline = text.lastIndexOf('\n');
            text = lastNewline > 0 ? text.substring(0, lastNewline) : text; // drop a cut-off last line
        }
        char delimiter = choice.delimiter() != null ? choice.delimiter() : detectDelimiter(text);
        char quote = choice.quote() != null ? choice.quote() : '"';
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter(quote)
                .ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(text)) {
            for (CsvRecord r : reader) {
                rows.add(r.getFields());
                if (rows.size() > SAMPLE_ROWS) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // an unclosed quote in the sample: the importer reports the exact line later
        }
        if (rows.isEmpty()) {
            throw new IOException(file.getFileName() + " is empty: there is no header row.");
        }
        boolean header = choice.header() == null || choice.header();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> headerRow = header ? rows.get(0) : java.util.Collections.nCopies(width, "");
        List<List<String>> body = header ? rows.subList(1, rows.size()) : rows;
        boolean decimalComma = choice.decimalComma() != null ? choice.decimalComma()
                : delimiter != ',' && looksDecimalComma(body);
        String datePattern = choice.datePattern() != null ? choice.datePattern() : detectDatePattern(body);
        CsvFormat format = new CsvFormat(charset, delimiter, quote, header, decimalComma, datePattern,
                choice.missing() != null ? choice.missing() : MissingTokens.defaults());
        List<String> names = uniqueNames(headerRow);
        List<ColumnSpec> columns = new ArrayList<>();
        for (int c = 0; c < headerRow.size(); c++) {
            ColumnType type = detectType(body, c, format);
            String source = header ? headerRow.get(c) : names.get(c);
            columns.add(new ColumnSpec(c, source, names.get(c), type, ColumnRole.ATTRIBUTE));
        }
        List<List<String>> sample = List.copyOf(body);
        List<ColumnSpec> roles = RoleGuesser.guess(columns, sample, format);
        ImportSpec spec = new ImportSpec(file, datasetName, format, roles);
        return new Sniffed(spec, sample.subList(0, Math.min(PREVIEW_ROWS, sample.size())), sample);
    }

    /**
     * A detected spec, the first data rows of the file for the import preview, and the rows read to detect it
     * (up to 500), from which the wizard counts an id's repeats and lists the outcome's values.
     */
    public record Sniffed(ImportSpec spec, List<List<String>> preview, List<List<String>> sample) {
    }

    static char detectDelimiter(String text) {
        String[] lines = text.split("\r?\n", 21);
        char best = ',';
        int bestScore = -1;
        for (char d : DELIMITERS) {
            int first = -1;
            int consistent = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                int count = 0;
                for (int i = 0; i < line.length(); i++) {
                    count += line.charAt(i) == d ? 1 : 0;
                }
                if (first < 0) {
                    first = count;
                }
                consistent += count > 0 && count == first ? 1 : 0;
            }
            int score = first <= 0 ? 0 : consistent * 1000 + first;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static boolean looksDecimalComma(List<List<String>> body) {
        int commaNumbers = 0;
        for (List<String> row : body) {
            for (String cell : row) {
                String t = cell.trim();
                if (t.contains(",") && DECIMAL_COMMA.matcher(t).matches()) {
                    commaNumbers++;
                }
            }
        }
        return commaNumbers > 0;
    }

    private static String detectDatePattern(List<List<String>> body) {
        for (List<String> row : body) {
            for (String cell : row) {
                for (String[] p : DATE_PATTERNS) {
                    if (cell.trim().matches(p[0])) {
                        return disambiguate(p[1], body, p[0]);
                    }
                }
            }
        }
        return "yyyy-MM-dd";
    }

    /** M/d/yyyy vs d/M/yyyy: if any first field exceeds 12 the file is day-first. */
    private static String disambiguate(String pattern, List<List<String>> body, String regex) {
        if (!pattern.equals("M/d/yyyy")) {
            return pattern;
        }
        for (List<String> row : body) {
            for (String cell : row) {
                String t = cell.trim();
                if (t.matches(regex) && Integer.parseInt(t.substring(0, t.indexOf('/'))) > 12) {
                    return "d/M/yyyy";
                }
            }
        }
        return pattern;
    }

    /**
     * The narrowest type that at least 90 % of the sampled non-empty cells fit: a stray "n/a" in a numeric
     * column should become a reported reject, not turn the whole column into text.
     */
    private static ColumnType detectType(List<List<String>> body, int c, CsvFormat format) {
        int filled = 0;
        int ints = 0;
        int decimals = 0;
        int dates = 0;
        int bools = 0;
        ValueParser parser = new ValueParser(format);
        for (List<String> row : body) {
            if (c >= row.size() || format.isMissing(row.get(c))) {
                continue; // NA, #N/A, - … say nothing about the column's type
            }
            filled++;
            String t = row.get(c).trim();
            String lower = t.toLowerCase(Locale.ROOT);
            ints += INTEGER.matcher(t).matches() ? 1 : 0;
            decimals += (format.decimalComma() ? DECIMAL_COMMA.matcher(t).matches() || INTEGER.matcher(t).matches()
                    : DECIMAL.matcher(t).matches()) ? 1 : 0;
            bools += ValueParser.TRUE_WORDS.contains(lower) || ValueParser.FALSE_WORDS.contains(lower) ? 1 : 0;
            try {
                parser.parse(t, ColumnType.DATE);
                dates++;
            } catch (ValueParser.BadValue e) {
                // not a date
            }
        }
        if (filled == 0) {
            return ColumnType.TEXT;
        }
        double need = Math.max(1, 0.9 * filled);
        if (bools == filled) {
            return ColumnType.BOOLEAN;
        }
        if (dates >= need) {
            return ColumnType.DATE;
        }
        if (ints >= need && ints == decimals) {
            return ColumnType.INTEGER;
        }
        return decimals >= need ? ColumnType.DECIMAL : ColumnType.TEXT;
    }

    /** Trimmed headers; empty ones become column_N and repeats get _2, _3 … so every name is unique. */
    static List<String> uniqueNames(List<String> header) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String base = header.get(c).replace("\0", "").strip();
            if (base.isEmpty()) {
                base = "column_" + (c + 1);
            }
            if (base.length() > 120) {
                base = base.substring(0, 120);
            }
            String name = base;
            for (int k = 2; !seen.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + "_" + k;
            }
            out.add(name);
        }
        return out;
    }

    /** A reader over a whole file that skips a byte-order mark and reads invalid bytes as U+FFFD. */
    public static Reader openLenient(Path file, Charset charset) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        Reader r = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        java.io.PushbackReader p = new java.io.PushbackReader(r, 1);
        int first = p.read();
        if (first >= 0 && first != '\uFEFF') {
            p.unread(first);
        }
        return p;
    }

}
