package org.healthscore.engine;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.Outcome;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/**
 * What dropped first: each metric's average points for churned and for retained accounts, month by month
 * before the outcome date (aligned on each account's own outcome; a month is 30 days), so the signals that
 * lead can be seen leading.
 */
public final class LeadingSignals {
    public static final int DAYS_PER_MONTH = 30;

    private LeadingSignals() {
    }

    /** One metric's averages; index m is m months before the outcome (0 = at it). NaN: no account counted. */
    public record Curve(Metric metric, double[] churned, double[] retained) {
    }

    public static List<Curve> compute(Dataset dataset, HealthModel model, int months, Cancel cancel) {
        return compute(dataset, model, months, cancel, Progress.NONE);
    }

    /** As {@link #compute(Dataset, HealthModel, int, Cancel)}, telling {@code progress} after each month. */
    public static List<Curve> compute(Dataset dataset, HealthModel model, int months, Cancel cancel,
                                      Progress progress) {
        int k = model.metrics().size();
        double[][] churned = new double[k][months + 1];
        double[][] retained = new double[k][months + 1];
        FrameAssembler assembler = new FrameAssembler(dataset);
        AccountTable a = dataset.accounts();
        for (int m = 0; m <= months; m++) {
            cancel.check();
            AccountFrame frame = assembler.assemble(model.metrics(),
                    AsOfPolicy.withLead(Integer.MAX_VALUE, m * DAYS_PER_MONTH));
            Scores s = new ScoringEngine(frame).score(model, cancel);
            for (int j = 0; j < k; j++) {
                double[] sum = new double[2];
                int[] n = new int[2];
                double[] p = s.points()[j];
                for (int i = 0; i < p.length; i++) {
                    if (a.outcomeDay()[i] == AccountTable.NO_DAY || a.outcome()[i] == Outcome.UNKNOWN
                            || Double.isNaN(p[i])) {
                        continue;
                    }
                    int g = a.outcome()[i] == Outcome.CHURNED ? 0 : 1;
                    sum[g] += p[i];
                    n[g]++;
                }
                churned[j][m] = n[0] == 0 ? Double.NaN : sum[0] / n[0];
                retained[j][m] = n[1] == 0 ? Double.NaN : sum[1] / n[1];
            }
            progress.done(m + 1, months + 1);
        }
        List<Curve> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            out.add(new Curve(model.metrics().get(j), churned[j], retained[j]));
        }
        return out;
    }
}
