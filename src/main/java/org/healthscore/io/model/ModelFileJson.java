package org.healthscore.io.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.healthscore.model.AlertRule;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Segment;

/** The model file as Jackson reads and writes it: the format's header, the model, and its provenance. */
record ModelFileJson(String format, int version, String name,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) String description,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String created,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String author,
                     List<Metric> metrics, List<Band> bands,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Segment> segments,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AlertRule> alerts,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) String notes,
                     @JsonInclude(JsonInclude.Include.NON_NULL) ObjectNode provenance) {

    /**
     * The document as written: bands best first, in the model and in every segment; the model's own author when
     * it has one (Model → Properties…), else the document's (who exported it).
     */
    static ModelFileJson of(ModelDocument doc) {
        HealthModel m = doc.model();
        List<Segment> segments = m.segments().stream()
                .map(s -> s.bands() == null ? s : s.withBands(Bands.descending(s.bands()))).toList();
        return new ModelFileJson(ModelJsonWriter.FORMAT, ModelJsonWriter.VERSION, m.name(), m.description(),
                doc.created(), m.author().isEmpty() ? doc.author() : m.author(), m.metrics(),
                Bands.descending(m.bands()), segments, m.alerts(), m.notes(), doc.provenance());
    }

    HealthModel model() {
        return new HealthModel(name, description, metrics, bands, segments, alerts, author, notes);
    }
}
