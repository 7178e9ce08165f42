package org.healthscore.io.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import org.healthscore.engine.Evaluation;

/** What a model was designed on, written into its file at export: the dataset, the date and the figures. */
public final class Provenance {
    private Provenance() {
    }

    public static ObjectNode of(String dataset, LocalDate asOf, int leadDays, Evaluation e) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode p = f.objectNode();
        p.put("dataset", dataset);
        p.put("as_of", asOf.toString());
        if (leadDays >= 0) {
            p.put("lead_days", leadDays);
        }
        p.put("exported_at", Instant.now().toString());
        ObjectNode ev = p.putObject("evaluation");
        ev.put("accounts", e.scored());
        ev.put("with_outcome", e.known());
        ev.put("churned", e.churned());
        putFinite(ev, "auc", e.auc());
        putFinite(ev, "gini", e.gini());
        putFinite(ev, "ks", e.ks());
        ArrayNode bands = ev.putArray("bands");
        for (Evaluation.BandRow r : e.bandRows()) {
            ObjectNode b = bands.addObject();
            b.put("band", r.band().name());
            b.put("accounts", r.accounts());
            b.put("churned", r.churned());
            putFinite(b, "churn_rate", r.churnRate());
            b.put("arr", r.arr());
            b.put("churned_arr", r.churnedArr());
        }
        return p;
    }

    private static void putFinite(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }
}
