package org.healthscore.io.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthscore.model.AlertRule;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Normalization;
import org.healthscore.model.Segment;

/** Writes a model as the portable JSON document (format "health-score-model", version 1). */
public final class ModelJsonWriter {
    public static final String FORMAT = "health-score-model";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJsonWriter() {
    }

    public static String write(ModelDocument doc) {
        try {
            return MAPPER.writeValueAsString(toJson(doc)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model JSON", e);
        }
    }

    static ObjectNode toJson(ModelDocument doc) {
        HealthModel m = doc.model();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", m.name());
        if (!m.description().isEmpty()) {
            root.put("description", m.description());
        }
        if (doc.created() != null) {
            root.put("created", doc.created());
        }
        if (doc.author() != null) {
            root.put("author", doc.author());
        }
        ArrayNode metrics = root.putArray("metrics");
        for (Metric metric : m.metrics()) {
            metrics.add(metric(metric));
        }
        root.set("bands", bands(m.bands()));
        if (!m.segments().isEmpty()) {
            ArrayNode segments = root.putArray("segments");
            for (Segment s : m.segments()) {
                ObjectNode o = segments.addObject();
                o.put("name", s.name());
                o.put("column", s.column());
                ArrayNode values = o.putArray("values");
                s.values().forEach(values::add);
                if (!s.weights().isEmpty()) {
                    ObjectNode w = o.putObject("weights");
                    new TreeMap<>(s.weights()).forEach(w::put);
                }
                if (s.bands() != null) {
                    o.set("bands", bands(s.bands()));
                }
            }
        }
        if (!m.alerts().isEmpty()) {
            ArrayNode alerts = root.putArray("alerts");
            for (AlertRule a : m.alerts()) {
                ObjectNode o = alerts.addObject();
                o.put("name", a.name());
                o.put("drop_points", a.dropPoints());
                o.put("within_days", a.withinDays());
            }
        }
        if (doc.provenance() != null) {
            root.set("provenance", doc.provenance());
        }
        return root;
    }

    private static ObjectNode metric(Metric m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", m.key());
        o.put("label", m.label());
        ObjectNode src = o.putObject("source");
        if (m.source() instanceof MetricSource.Column c) {
            src.put("type", "column");
            src.put("column", c.column());
        } else if (m.source() instanceof MetricSource.Ratio r) {
            src.put("type", "ratio");
            src.put("numerator", r.numerator());
            src.put("denominator", r.denominator());
        } else if (m.source() instanceof MetricSource.Trend t) {
            src.put("type", "trend");
            src.put("column", t.column());
            src.put("days", t.days());
        }
        o.put("direction", m.direction().name().toLowerCase(java.util.Locale.ROOT));
        o.set("normalization", normalization(m.normalization()));
        o.put("missing", m.missing().name().toLowerCase(java.util.Locale.ROOT));
        o.put("staleness_days", m.stalenessDays());
        o.put("weight", m.weight());
        return o;
    }

    private static ObjectNode normalization(Normalization n) {
        ObjectNode o = MAPPER.createObjectNode();
        if (n instanceof Normalization.Linear l) {
            o.put("type", "linear");
            o.put("min", l.min());
            o.put("max", l.max());
        } else if (n instanceof Normalization.Thresholds t) {
            o.put("type", "thresholds");
            o.put("at_risk", t.atRisk());
            o.put("concerning", t.concerning());
            o.put("healthy", t.healthy());
            o.put("interpolate", t.interpolate());
        } else if (n instanceof Normalization.Bins b) {
            o.put("type", "bins");
            ArrayNode bins = o.putArray("bins");
            for (Normalization.Bin bin : b.bins()) {
                ObjectNode x = bins.addObject();
                if (bin.lo() == null) {
                    x.putNull("lo");
                } else {
                    x.put("lo", bin.lo());
                }
                if (bin.hi() == null) {
                    x.putNull("hi");
                } else {
                    x.put("hi", bin.hi());
                }
                x.put("points", bin.points());
            }
        } else if (n instanceof Normalization.Categorical c) {
            o.put("type", "categorical");
            ObjectNode points = o.putObject("points");
            for (Map.Entry<String, Double> e : new TreeMap<>(c.categoryPoints()).entrySet()) {
                points.put(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    private static ArrayNode bands(List<Band> bands) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Band b : Bands.descending(bands)) {
            ObjectNode o = a.addObject();
            o.put("name", b.name());
            o.put("lower_bound", b.lowerBound());
            o.put("color", b.color());
            if (!b.playbook().isEmpty()) {
                o.put("playbook", b.playbook());
            }
        }
        return a;
    }
}
