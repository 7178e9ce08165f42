package org.healthscore.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.FormatChoice;
import org.healthscore.store.ImportProblem;
import org.healthscore.store.ImportSpec;
import org.healthscore.store.OutcomeMeaning;
import org.healthscore.store.Printable;

/**
 * A mapping file for headless imports: per CSV file name, the dataset name, the format and each column's
 * type and role, overriding what is detected. Documented in docs/IMPORT.md.
 */
public final class ImportMapping {
    private final String source;
    private final JsonNode files;

    private ImportMapping(String source, JsonNode files) {
        this.source = source;
        this.files = files;
    }

    public static ImportMapping none() {
        return new ImportMapping("(none)", new ObjectMapper().createObjectNode());
    }

    public static ImportMapping read(Path file) {
        try {
            if (Files.size(file) > 1_000_000) {
                throw new ImportProblem(file.getFileName() + ": a mapping file is at most 1 MB");
            }
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            JsonNode files = root == null ? null : root.get("files");
            if (files == null || !files.isObject()) {
                throw new ImportProblem(file.getFileName() + ": expected {\"files\": {\"name.csv\": {...}}}");
            }
            return new ImportMapping(file.getFileName().toString(), files);
        } catch (JsonProcessingException e) {
            throw new ImportProblem(file.getFileName() + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ImportProblem("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The import spec for one file: detected, then overridden by this mapping's entry for its name. */
    public ImportSpec specFor(Path csv) throws IOException {
        return specFor(csv, null, false);
    }

    /**
     * As {@link #specFor(Path)}, with the command line's choices for every file: {@code missing} (null: the
     * mapping's or the defaults) and row numbers as ids. The mapping file's own entry wins over both.
     */
    public ImportSpec specFor(Path csv, java.util.Set<String> missing, boolean rowNumberId) throws IOException {
        String name = csv.getFileName().toString();
        JsonNode entry = files.get(name);
        String dataset = entry != null && entry.hasNonNull("dataset") ? entry.get("dataset").asText()
                : name.replaceFirst("\\.(csv|txt|tsv)$", "");
        FormatChoice choice = entry == null ? FormatChoice.AUTO : format(name, entry.get("format"));
        if (choice.missing() == null && missing != null) {
            choice = choice.withMissing(missing);
        }
        ImportSpec spec = CsvSniffer.sniff(csv, dataset, choice).spec();
        if (entry != null && entry.hasNonNull("row_number_id")) {
            spec = spec.withRowNumberId(entry.get("row_number_id").asBoolean());
        } else if (rowNumberId) {
            spec = spec.withRowNumberId(true);
        }
        if (entry == null) {
            return spec.rowNumberId() ? spec.withColumns(withoutIdColumn(spec.columns())) : spec;
        }
        if (entry.hasNonNull("outcome_values")) {
            spec = spec.withOutcomeValues(outcomeValues(name, entry.get("outcome_values")));
        }
        if (!entry.has("columns")) {
            return spec.rowNumberId() ? spec.withColumns(withoutIdColumn(spec.columns())) : spec;
        }
        List<ColumnSpec> columns = new ArrayList<>(spec.columns());
        Iterator<Map.Entry<String, JsonNode>> it = entry.get("columns").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> c = it.next();
            int index = indexOf(columns, c.getKey());
            if (index < 0) {
                throw new ImportProblem(source + ": " + name + " has no column '" + c.getKey() + "' (its columns: "
                        + String.join(", ", columns.stream().map(ColumnSpec::sourceName).toList()) + ")");
            }
            ColumnSpec col = columns.get(index);
            if (c.getValue().hasNonNull("type")) {
                col = col.withType(enumOf(org.healthscore.store.ColumnType.class, c.getValue().get("type").asText(),
                        name, c.getKey(), "type"));
            }
            if (c.getValue().hasNonNull("role")) {
                String role = c.getValue().get("role").asText();
                col = col.withRole(ColumnRole.named(role).orElseThrow(() -> new ImportProblem(source + ": " + name
                        + ", column '" + c.getKey() + "': unknown role '" + role + "' (one of " + String.join(", ",
                        java.util.Arrays.stream(ColumnRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
                                .toList()) + ")")));
                if (col.role() == ColumnRole.OUTCOME) {
                    col = col.withType(org.healthscore.store.ColumnType.TEXT); // stored as its meaning
                }
            }
            columns.set(index, col);
        }
        return spec.withColumns(spec.rowNumberId() ? withoutIdColumn(columns) : columns);
    }

    /** Row numbers are the id: a column the detection took for the id goes back to being an attribute. */
    private static List<ColumnSpec> withoutIdColumn(List<ColumnSpec> columns) {
        return columns.stream().map(col -> col.role() == ColumnRole.ACCOUNT_ID ? col.withRole(ColumnRole.ATTRIBUTE)
                : col).toList();
    }

    private Map<String, OutcomeMeaning> outcomeValues(String file, JsonNode values) {
        if (!values.isObject()) {
            throw new ImportProblem(source + ": " + file + ": outcome_values must be an object such as "
                    + "{\"Yes\": \"churned\", \"No\": \"retained\"}");
        }
        Map<String, OutcomeMeaning> out = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = values.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String meaning = e.getValue().asText();
            out.put(e.getKey().strip(), OutcomeMeaning.named(meaning).orElseThrow(() -> new ImportProblem(source
                    + ": " + file + ": outcome value '" + Printable.of(e.getKey()) + "' has meaning '"
                    + Printable.of(meaning) + "'; use churned, retained or unknown")));
        }
        return out;
    }

    /**
     * Writes the mapping that reproduces these imports headless ({@code import --mapping}): per file its
     * dataset, format, every column's type and role, the outcome values' meanings and row-number ids. Written
     * to a temporary file and moved into place, so an existing mapping is never left half-written.
     */
    public static void write(List<ImportSpec> specs, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        var root = json.createObjectNode();
        var filesNode = root.putObject("files");
        for (ImportSpec spec : specs) {
            var entry = filesNode.putObject(spec.file().getFileName().toString());
            entry.put("dataset", spec.datasetName());
            var f = entry.putObject("format");
            f.put("encoding", spec.format().charset().name());
            f.put("delimiter", spec.format().delimiter() == '\t' ? "\\t" : String.valueOf(spec.format().delimiter()));
            f.put("quote", String.valueOf(spec.format().quote()));
            f.put("header", spec.format().header());
            f.put("decimal_comma", spec.format().decimalComma());
            f.put("date_format", spec.format().datePattern());
            var missing = f.putArray("missing");
            spec.format().missing().stream().sorted().forEach(missing::add);
            if (spec.rowNumberId()) {
                entry.put("row_number_id", true);
            }
            var cols = entry.putObject("columns");
            for (ColumnSpec c : spec.columns()) {
                var col = cols.putObject(c.sourceName().isBlank() ? c.name() : c.sourceName());
                col.put("type", c.type().name().toLowerCase(Locale.ROOT));
                col.put("role", c.role().name().toLowerCase(Locale.ROOT));
            }
            if (!spec.outcomeValues().isEmpty()) {
                var values = entry.putObject("outcome_values");
                spec.outcomeValues().forEach((v, m) -> values.put(v, m.name().toLowerCase(Locale.ROOT)));
            }
        }
        org.healthscore.store.WholeFiles.write(target, tmp -> json.writerWithDefaultPrettyPrinter()
                .writeValue(tmp.toFile(), root));
    }

    private FormatChoice format(String file, JsonNode f) {
        if (f == null) {
            return FormatChoice.AUTO;
        }
        FormatChoice c = FormatChoice.AUTO;
        if (f.hasNonNull("encoding")) {
            try {
                c = c.withCharset(Charset.forName(f.get("encoding").asText()));
            } catch (IllegalArgumentException e) {
                throw new ImportProblem(source + ": " + file + ": unknown encoding '" + f.get("encoding").asText() + "'");
            }
        }
        if (f.hasNonNull("delimiter")) {
            c = c.withDelimiter(oneChar(f.get("delimiter").asText(), file, "delimiter"));
        }
        if (f.hasNonNull("quote")) {
            c = c.withQuote(oneChar(f.get("quote").asText(), file, "quote"));
        }
        if (f.hasNonNull("header")) {
            c = c.withHeader(f.get("header").asBoolean());
        }
        if (f.hasNonNull("decimal_comma")) {
            c = c.withDecimalComma(f.get("decimal_comma").asBoolean());
        }
        if (f.has("missing")) {
            JsonNode m = f.get("missing");
            if (!m.isArray()) {
                throw new ImportProblem(source + ": " + file + ": missing must be a list of cell texts, such as "
                        + "[\"NA\", \"-\"]");
            }
            java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
            m.forEach(t -> tokens.add(t.asText().strip()));
            c = c.withMissing(tokens);
        }
        if (f.hasNonNull("date_format")) {
            String p = f.get("date_format").asText();
            try {
                java.time.format.DateTimeFormatter.ofPattern(p);
            } catch (IllegalArgumentException e) {
                throw new ImportProblem(source + ": " + file + ": date_format '" + p + "' is not a valid pattern");
            }
            c = c.withDatePattern(p);
        }
        return c;
    }

    private char oneChar(String s, String file, String what) {
        String t = "\\t".equals(s) ? "\t" : s;
        if (t.length() != 1) {
            throw new ImportProblem(source + ": " + file + ": " + what + " must be one character, not '" + s + "'");
        }
        return t.charAt(0);
    }

    private static int indexOf(List<ColumnSpec> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).sourceName().equals(name) || columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, String value, String file, String column, String what) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportProblem(source + ": " + file + ", column '" + column + "': unknown " + what + " '" + value
                    + "' (one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(x -> x.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        }
    }
}
