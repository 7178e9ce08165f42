package org.healthscore.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/**
 * Where the CSM's judgment and the data disagree: for each account, the CSM pulse metric's points (×10, on the
 * score's 0–100 scale) against the score of the same model without that metric. Both ways count: a happy
 * CSM on an account the data says is failing, and a worried CSM on one that looks healthy.
 */
public final class Divergence {
    private Divergence() {
    }

    /** One account; {@code gap} = pulse − data (positive: the CSM is more optimistic than the data). */
    public record Row(int account, String accountId, double pulse, double dataScore, double gap) {
    }

    /** Accounts whose gap is at least {@code threshold} points either way, largest first. */
    public static List<Row> find(AccountFrame frame, HealthModel model, String pulseKey, double threshold,
                                 Cancel cancel) {
        Metric pulse = model.metric(pulseKey).orElseThrow(() ->
                new IllegalArgumentException("the model has no metric '" + pulseKey + "'"));
        HealthModel dataOnly = model.withMetrics(model.metrics().stream().filter(m -> !m.key().equals(pulseKey)).toList());
        if (dataOnly.metrics().isEmpty()) {
            return List.of();
        }
        ScoringEngine engine = new ScoringEngine(frame);
        Scores data = engine.score(dataOnly, cancel);
        double[] raw = frame.metric(pulseKey).values();
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            double p = Double.isNaN(raw[i]) ? Double.NaN : pulse.normalization().points(raw[i], pulse.direction());
            double d = data.score()[i];
            if (Double.isNaN(p) || Double.isNaN(d)) {
                continue; // no CSM judgment (or no data) to compare
            }
            double gap = 10 * p - d;
            if (Math.abs(gap) >= threshold) {
                out.add(new Row(i, frame.accounts().ids()[i], 10 * p, d, gap));
            }
        }
        out.sort(Comparator.comparingDouble((Row r) -> Math.abs(r.gap())).reversed());
        return out;
    }
}
