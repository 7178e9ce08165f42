package org.healthscore.io.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.healthscore.model.Band;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;

/**
 * How the model's records map to the model file's JSON, declared once for reading and writing: snake_case
 * names, lower-case enums, {@code "type"} naming each source and normalization kind, and what is left out when
 * empty. The model records stay free of Jackson; these mix-ins carry the annotations.
 */
final class ModelJsonBinding {
    private ModelJsonBinding() {
    }

    /** A mapper bound to the model records, parsing with {@code factory}'s limits. */
    static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS) // category points, segment weights: stable
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // the schema decides what is allowed
                .addMixIn(MetricSource.class, SourceKinds.class)
                .addMixIn(Normalization.class, NormalizationKinds.class)
                .addMixIn(Normalization.Categorical.class, CategoricalNames.class)
                .addMixIn(Band.class, BandOmissions.class)
                .addMixIn(Segment.class, SegmentOmissions.class)
                .build();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = MetricSource.Column.class, name = "column"),
            @JsonSubTypes.Type(value = MetricSource.Ratio.class, name = "ratio"),
            @JsonSubTypes.Type(value = MetricSource.Trend.class, name = "trend")})
    private interface SourceKinds {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Normalization.Linear.class, name = "linear"),
            @JsonSubTypes.Type(value = Normalization.Thresholds.class, name = "thresholds"),
            @JsonSubTypes.Type(value = Normalization.Bins.class, name = "bins"),
            @JsonSubTypes.Type(value = Normalization.Categorical.class, name = "categorical")})
    private interface NormalizationKinds {
    }

    private abstract static class CategoricalNames {
        @JsonProperty("points")
        abstract Map<String, Double> categoryPoints();
    }

    private abstract static class BandOmissions {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract String playbook();
    }

    private abstract static class SegmentOmissions {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<String, Double> weights();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<Band> bands();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<String, org.healthscore.model.SegmentPoints> points();
    }
}
