package org.healthscore.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.model.AlertRule;
import org.healthscore.model.HealthModel;

/**
 * An alert rule as of a date: every account whose score fell by at least the rule's drop within its window
 * (score as of the date vs. as of the window's start) — also accounts still in the top band — with the metric
 * whose contribution fell most.
 */
public final class Alerts {
    private Alerts() {
    }

    /** One account that triggers, biggest drop first. */
    public record Alert(int account, String accountId, double scoreBefore, double scoreNow, String bandNow,
                        String metricKey, String metricLabel, double metricChange, int sinceDay) {
        public double drop() {
            return scoreBefore - scoreNow;
        }
    }

    public static List<Alert> detect(Dataset dataset, HealthModel model, AlertRule rule, int asOfDay, Cancel cancel) {
        FrameAssembler assembler = new FrameAssembler(dataset);
        int since = asOfDay - rule.withinDays();
        AccountFrame now = assembler.assemble(model.metrics(), AsOfPolicy.fixed(asOfDay));
        AccountFrame before = assembler.assemble(model.metrics(), AsOfPolicy.fixed(since));
        Scores s1 = new ScoringEngine(now).score(model, cancel);
        Scores s0 = new ScoringEngine(before).score(model, cancel);
        List<Alert> out = new ArrayList<>();
        for (int i = 0; i < s1.size(); i++) {
            double a = s0.score()[i];
            double b = s1.score()[i];
            if (Double.isNaN(a) || Double.isNaN(b) || a - b < rule.dropPoints()) {
                continue;
            }
            double[] c0 = s0.contributions(i);
            double[] c1 = s1.contributions(i);
            int worst = -1;
            double worstChange = 0;
            for (int j = 0; j < c1.length; j++) {
                double change = (Double.isNaN(c1[j]) ? 0 : c1[j]) - (Double.isNaN(c0[j]) ? 0 : c0[j]);
                if (worst < 0 || change < worstChange) {
                    worst = j;
                    worstChange = change;
                }
            }
            var metric = model.metrics().get(worst);
            out.add(new Alert(i, dataset.accounts().ids()[i], a, b, s1.bands().get(s1.band()[i]).name(), metric.key(),
                    metric.label(), worstChange, since));
        }
        out.sort(Comparator.comparingDouble(Alert::drop).reversed());
        return out;
    }
}
