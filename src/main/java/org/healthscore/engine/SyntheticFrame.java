package org.healthscore.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * A generated frame of any size for benchmarks and property tests: k metrics (raw values around 50 ± 20,
 * 5 % missing), churn drawn from a logistic model in which metric j has true weight k − j, and three segments.
 */
public final class SyntheticFrame {
    private SyntheticFrame() {
    }

    public static AccountFrame generate(int accounts, int metrics, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] ids = new String[accounts];
        byte[] outcome = new byte[accounts];
        double[] arr = new double[accounts];
        int[] days = new int[accounts];
        double[] segment = new double[accounts];
        double[][] raw = new double[metrics][accounts];
        for (int i = 0; i < accounts; i++) {
            ids[i] = "A" + i;
            double logit = -1.5;
            for (int j = 0; j < metrics; j++) {
                double z = gaussian(r);
                raw[j][i] = r.nextDouble() < 0.05 ? Double.NaN : 50 + 20 * z;
                logit -= 0.25 * (metrics - j) * z;
            }
            double u = r.nextDouble();
            outcome[i] = u < 0.15 ? Outcome.UNKNOWN : r.nextDouble() < 1 / (1 + Math.exp(-logit))
                    ? Outcome.CHURNED : Outcome.RETAINED;
            arr[i] = 5_000 + 100_000 * r.nextDouble();
            days[i] = AccountTable.NO_DAY;
            segment[i] = r.nextInt(3);
        }
        var seg = new DataColumn("segment", segment, new String[] {"SMB", "Mid-Market", "Enterprise"});
        AccountTable table = new AccountTable(ids, outcome, arr, days, Map.of("segment", seg), "segment");
        Map<String, DataColumn> columns = new java.util.LinkedHashMap<>();
        for (int j = 0; j < metrics; j++) {
            columns.put(key(j), DataColumn.numeric(key(j), raw[j]));
        }
        return new AccountFrame(table, new int[accounts], columns);
    }

    /** A model over the synthetic frame's metrics: linear 10–90, equal weights, default bands. */
    public static HealthModel model(int metrics) {
        List<Metric> list = new ArrayList<>();
        for (int j = 0; j < metrics; j++) {
            list.add(new Metric(key(j), "Metric " + (j + 1), new MetricSource.Column(key(j)), Direction.HIGHER_IS_BETTER,
                    Normalization.linear(10, 90), j % 2 == 0 ? MissingPolicy.NEUTRAL : MissingPolicy.REWEIGHT, 120,
                    10));
        }
        return new HealthModel("Synthetic", "", list, Bands.defaults(), List.of(), List.of());
    }

    public static String key(int j) {
        return "m" + (j + 1);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = Math.max(1e-12, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
