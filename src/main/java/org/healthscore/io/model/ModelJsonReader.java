package org.healthscore.io.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.healthscore.model.HealthModel;
import org.healthscore.model.ModelProblem;
import org.healthscore.model.ModelValidator;

/**
 * Reads a model file defensively: a size cap before anything is read, a parser with limits on nesting,
 * number and string length and no duplicate keys, then the JSON Schema, then the semantic rules. Every
 * problem comes back with its JSON path; nothing is returned unless the whole file is valid.
 */
public final class ModelJsonReader {
    /** Far above any real model (a few KB), far below what could hurt. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final ObjectMapper MAPPER = ModelJsonBinding.mapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(64)
                    .maxStringLength(100_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final JsonSchema SCHEMA = loadSchema();

    private ModelJsonReader() {
    }

    /** Reads and fully validates a model file; {@code hasColumn} (may be null) checks source columns. */
    public static ModelDocument read(Path file, Predicate<String> hasColumn) throws ModelFileException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelFileException(name, List.of(new ModelProblem("$", String.format(Locale.ROOT,
                        "the file is %.1f MB; a model file is at most %d MB", size / 1048576.0, MAX_BYTES >> 20))));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(name, in.readNBytes((int) MAX_BYTES + 1), hasColumn);
            }
        } catch (IOException e) {
            throw new ModelFileException(name, List.of(new ModelProblem("$", "cannot read the file: " + e.getMessage())));
        }
    }

    public static ModelDocument parse(String name, byte[] json, Predicate<String> hasColumn) throws ModelFileException {
        if (json.length > MAX_BYTES) {
            throw new ModelFileException(name, List.of(new ModelProblem("$", "the model is larger than "
                    + (MAX_BYTES >> 20) + " MB")));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new ModelFileException(name, List.of(new ModelProblem("$", "not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ModelFileException(name, List.of(new ModelProblem("$", "cannot read: " + e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(name, List.of(new ModelProblem("$", "a model file is one JSON object")));
        }
        List<ModelProblem> problems = new ArrayList<>();
        JsonNode format = root.get("format");
        JsonNode version = root.get("version");
        if (format != null && format.isTextual() && ModelJsonWriter.FORMAT.equals(format.asText())
                && version != null && version.isNumber() && version.asInt() != ModelJsonWriter.VERSION) {
            throw new ModelFileException(name, List.of(new ModelProblem("$.version", "format version "
                    + version.asText() + " is not known to this workbench (it reads version " + ModelJsonWriter.VERSION
                    + "); update the workbench")));
        }
        problems.addAll(SchemaCauses.of(SCHEMA.validate(root)));
        if (!problems.isEmpty()) {
            throw new ModelFileException(name, problems);
        }
        HealthModel model;
        try {
            model = MAPPER.treeToValue(root, ModelFileJson.class).model();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema admitted it, yet a record refused it: say so, as a problem, not a stack trace
            throw new ModelFileException(name, List.of(new ModelProblem("$", "cannot read the model: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()))));
        }
        problems.addAll(ModelValidator.validate(model, hasColumn));
        if (!problems.isEmpty()) {
            throw new ModelFileException(name, problems);
        }
        return new ModelDocument(model, text(root, "created"), text(root, "author"),
                root.get("provenance") instanceof ObjectNode o ? o : null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ModelJsonReader.class.getResourceAsStream("health-score-model.v1.json")) {
            if (in == null) {
                throw new IllegalStateException("the model JSON Schema is missing from the application");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the model JSON Schema", e);
        }
    }
}
