package org.healthscore.store;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;

/**
 * Reads a file of CSM overrides — {@code account_id, band} or {@code account_id, metric, points}, with
 * {@code note}, {@code author}, {@code until} and optionally {@code from} — the way the data import reads a file:
 * its encoding, delimiter, decimal comma and missing-value tokens detected, every bad row named by its line. The
 * file is taken whole or not at all: one bad row and nothing is stored.
 */
public final class OverrideFile {
    /** The most rows an import reports; the rest are counted. */
    static final int MAX_PROBLEMS = 20;
    static final int DEFAULT_DAYS = 90;

    /** What the overrides may name: the workspace's accounts, the model's bands and metrics (null: not checked). */
    public record Checks(Set<String> accountIds, Set<String> bands, Set<String> metrics, int defaultStartDay,
                         String defaultAuthor) {
        /** The model's band names (its segments' too) and metric keys; {@code ids} null when not checked. */
        public static Checks of(org.healthscore.model.HealthModel model, Set<String> ids, int defaultStartDay,
                                String defaultAuthor) {
            Set<String> bands = new java.util.LinkedHashSet<>();
            model.bands().forEach(b -> bands.add(b.name()));
            model.segments().forEach(s -> s.bandsOr(model.bands()).forEach(b -> bands.add(b.name())));
            Set<String> metrics = new java.util.LinkedHashSet<>();
            model.metrics().forEach(m -> metrics.add(m.key()));
            return new Checks(ids, bands, metrics, defaultStartDay, defaultAuthor);
        }
    }

    /** The overrides read, or the problems that stop the file from being taken (each "file line N: …"). */
    public record Read(List<CsmOverride> overrides, List<String> problems, int badRows) {
        public boolean ok() {
            return badRows == 0;
        }
    }

    private static final Map<String, String> HEADERS = headers();

    private OverrideFile() {
    }

    public static Read read(Path file, Checks checks) throws IOException {
        CsvFormat format = CsvSniffer.sniff(file, "overrides", FormatChoice.AUTO).spec().format();
        String name = Printable.of(file.getFileName().toString());
        List<CsmOverride> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int bad = 0;
        try (Reader in = CsvSniffer.openLenient(file, format.charset());
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(format.delimiter())
                     .quoteCharacter(format.quote()).ignoreDifferentFieldCount(true).skipEmptyLines(true)
                     .ofCsvRecord(in)) {
            Map<String, Integer> columns = null;
            DateTimeFormatter dates = DateTimeFormatter.ofPattern(format.datePattern().replace("yyyy", "uuuu"),
                    Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            for (CsvRecord r : csv) {
                if (columns == null) {
                    columns = columnsOf(r.getFields(), name);
                    continue;
                }
                String problem;
                try {
                    out.add(row(r, columns, checks, format, dates));
                    continue;
                } catch (BadRow e) {
                    problem = e.getMessage();
                }
                bad++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(name + " line " + r.getStartingLineNumber() + ": " + problem);
                }
            }
            if (columns == null) {
                throw new IOException(name + " is empty: there is no header row.");
            }
        } catch (CsvParseException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        } catch (BadRow e) {
            throw new IOException(e.getMessage(), e);
        }
        if (bad == 0 && out.isEmpty()) {
            throw new IOException(name + " has a header but no overrides.");
        }
        return new Read(bad == 0 ? List.copyOf(out) : List.of(), List.copyOf(problems), bad);
    }

    /** A row that cannot be an override; its message is the reason. */
    private static final class BadRow extends Exception {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Whether a header is that of a file of overrides (an id, a note, and a band or a metric's points). */
    public static boolean looksLikeOverrides(List<String> header) {
        try {
            columnsOf(header, "");
            return true;
        } catch (BadRow e) {
            return false;
        }
    }

    private static Map<String, Integer> columnsOf(List<String> header, String file) throws BadRow {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String key = HEADERS.get(header.get(c).strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (key != null) {
                columns.putIfAbsent(key, c);
            }
        }
        if (!columns.containsKey("account_id") || !columns.containsKey("note")
                || !columns.containsKey("band") && !columns.containsKey("metric")) {
            throw new BadRow(file + " is not a file of CSM overrides: its header needs account_id, note and band "
                    + "(or metric and points); it has " + Printable.of(String.join(", ", header)) + ".");
        }
        if (columns.containsKey("metric") != columns.containsKey("points")) {
            throw new BadRow(file + ": a metric column needs a points column beside it, and points a metric.");
        }
        return columns;
    }

    private static CsmOverride row(CsvRecord r, Map<String, Integer> columns, Checks checks, CsvFormat format,
                                   DateTimeFormatter dates) throws BadRow {
        String id = cell(r, columns, "account_id", format);
        if (id == null) {
            throw new BadRow("no account id");
        }
        id = spreadsheetText(id, checks.accountIds());
        if (checks.accountIds() != null && !checks.accountIds().contains(id)) {
            throw new BadRow("no account '" + Printable.of(id) + "' in the workspace");
        }
        String band = cell(r, columns, "band", format);
        String metric = cell(r, columns, "metric", format);
        String points = cell(r, columns, "points", format);
        CsmOverride.Change change;
        if (band != null && (metric != null || points != null)) {
            throw new BadRow("both a band and a metric's points: an override is one or the other");
        } else if (band != null) {
            String b = band.strip();
            if (checks.bands() != null && !checks.bands().contains(b)) {
                throw new BadRow("band '" + Printable.of(b) + "' is not one of the model's: "
                        + String.join(", ", checks.bands()));
            }
            change = new CsmOverride.BandChange(b);
        } else if (metric != null && points != null) {
            String m = metric.strip();
            if (checks.metrics() != null && !checks.metrics().contains(m)) {
                throw new BadRow("metric '" + Printable.of(m) + "' is not one of the model's: "
                        + String.join(", ", checks.metrics()));
            }
            double p = number(points.strip(), format);
            if (!(p >= 0 && p <= 10)) {
                throw new BadRow("points '" + Printable.of(points) + "' are not a number from 0 to 10");
            }
            change = new CsmOverride.PointsChange(m, p);
        } else {
            throw new BadRow(metric != null ? "a metric without points" : points != null ? "points without a metric"
                    : "neither a band nor a metric's points");
        }
        String note = cell(r, columns, "note", format);
        if (note == null || note.isBlank()) {
            throw new BadRow("no note: every override says why");
        }
        String author = cell(r, columns, "author", format);
        String from = cell(r, columns, "from", format);
        int start = from == null ? checks.defaultStartDay() : day(from, dates, "from");
        String until = cell(r, columns, "until", format);
        int end = until == null ? start + DEFAULT_DAYS : day(until, dates, "until");
        if (end <= start) {
            throw new BadRow("until " + LocalDate.ofEpochDay(end) + " is not after its start "
                    + LocalDate.ofEpochDay(start));
        }
        return new CsmOverride(0, id, change, spreadsheetText(note.strip(), null), author == null ? checks.defaultAuthor() : author.strip(),
                start, end, AccountTable.NO_DAY, "", "");
    }

    /**
     * The text without the apostrophe an export puts before a leading =, +, - or @ so that spreadsheets do not run
     * it as a formula; an account id keeps it when the workspace has an id spelled with it.
     */
    private static String spreadsheetText(String s, Set<String> known) {
        boolean guarded = s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0;
        if (!guarded || known != null && known.contains(s)) {
            return s;
        }
        return s.substring(1);
    }

    /** A cell's text, or null when it is empty, a missing-value token or beyond the row. */
    private static String cell(CsvRecord r, Map<String, Integer> columns, String key, CsvFormat format) {
        Integer c = columns.get(key);
        if (c == null || c >= r.getFieldCount()) {
            return null;
        }
        String v = r.getField(c);
        return v.isBlank() || format.isMissing(v) ? null : v;
    }

    private static double number(String s, CsvFormat format) throws BadRow {
        String t = format.decimalComma() ? s.replace(',', '.') : s;
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            throw new BadRow("points '" + Printable.of(s) + "' are not a number from 0 to 10");
        }
        return Double.parseDouble(t);
    }

    /** ISO dates always; otherwise the file's own date form. */
    private static int day(String s, DateTimeFormatter dates, String what) throws BadRow {
        String t = s.strip();
        try {
            return (int) LocalDate.parse(t).toEpochDay();
        } catch (DateTimeParseException e) {
            try {
                return (int) LocalDate.parse(t, dates).toEpochDay();
            } catch (DateTimeParseException e2) {
                throw new BadRow(what + " '" + Printable.of(t) + "' is not a date (2026-03-31)");
            }
        }
    }

    private static Map<String, String> headers() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("account_id", "account", "accountid", "id", "customer_id")) {
            m.put(s, "account_id");
        }
        m.put("band", "band");
        m.put("final_band", "band");
        m.put("metric", "metric");
        m.put("metric_key", "metric");
        m.put("points", "points");
        m.put("note", "note");
        m.put("reason", "note");
        m.put("author", "author");
        m.put("csm", "author");
        m.put("until", "until");
        m.put("expires", "until");
        m.put("expiry", "until");
        m.put("from", "from");
        m.put("starts_on", "from");
        return Map.copyOf(m);
    }
}
