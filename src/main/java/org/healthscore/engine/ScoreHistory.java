package org.healthscore.engine;

import java.util.List;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.model.Metric;

/**
 * One account's score over time: every {@code stepDays} from {@code fromDay} to {@code toDay}, by the model's rules
 * and with the account's own weights and points (its segment's, if it is in one: see {@link Scores#weightsOf}).
 */
public final class ScoreHistory {
    private ScoreHistory() {
    }

    /** Days, the score on each, and each metric's contribution (score points) on each. */
    public record Series(int[] days, double[] scores, double[][] contributions) {
    }

    /**
     * @param metrics the metrics as they score this account (its segment's points: {@link Scores#metricsOf})
     * @param weights its weights ({@link Scores#weightsOf})
     */
    public static Series of(Dataset dataset, List<Metric> metrics, double[] weights, int account, int fromDay,
                            int toDay, int stepDays) {
        FrameAssembler assembler = new FrameAssembler(dataset);
        int n = Math.max(1, (toDay - fromDay) / stepDays + 1);
        int[] days = new int[n];
        double[] scores = new double[n];
        double[][] contributions = new double[metrics.size()][n];
        for (int t = 0; t < n; t++) {
            int day = Math.min(toDay, fromDay + t * stepDays);
            days[t] = day;
            double num = 0;
            double den = 0;
            double[] points = new double[metrics.size()];
            for (int j = 0; j < metrics.size(); j++) {
                points[j] = MetricPoints.single(metrics.get(j), assembler.valueOf(metrics.get(j), account, day));
                if (!Double.isNaN(points[j])) {
                    num += weights[j] * points[j];
                    den += weights[j];
                }
            }
            // the engine's own formulas, one account and one day at a time
            scores[t] = den > 0 ? ScoreKernel.score(num, den) : Double.NaN;
            double[] c = Scores.contributions(points, weights);
            for (int j = 0; j < metrics.size(); j++) {
                contributions[j][t] = c[j];
            }
        }
        return new Series(days, scores, contributions);
    }
}
