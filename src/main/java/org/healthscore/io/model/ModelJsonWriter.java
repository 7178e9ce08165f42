package org.healthscore.io.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes a model as the portable JSON document (format "health-score-model", version 1). */
public final class ModelJsonWriter {
    public static final String FORMAT = "health-score-model";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = ModelJsonBinding.mapper(new com.fasterxml.jackson.core.JsonFactory());

    private ModelJsonWriter() {
    }

    public static String write(ModelDocument doc) {
        try {
            return MAPPER.writeValueAsString(ModelFileJson.of(doc)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model JSON", e);
        }
    }
}
