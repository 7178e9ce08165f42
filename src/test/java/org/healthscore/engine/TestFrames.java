package org.healthscore.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/** Small hand-written frames and models for engine tests. */
final class TestFrames {
    private TestFrames() {
    }

    static AccountFrame frame(byte[] outcome, String[] segments, Map<String, double[]> metrics) {
        int n = outcome.length;
        String[] ids = new String[n];
        double[] arr = new double[n];
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "A" + (i + 1);
            arr[i] = 1000 * (i + 1);
            days[i] = AccountTable.NO_DAY;
        }
        Map<String, DataColumn> attrs = new LinkedHashMap<>();
        String segmentColumn = null;
        if (segments != null) {
            List<String> names = java.util.Arrays.stream(segments).distinct().toList();
            double[] codes = new double[n];
            for (int i = 0; i < n; i++) {
                codes[i] = names.indexOf(segments[i]);
            }
            attrs.put("segment", new DataColumn("segment", codes, names.toArray(String[]::new)));
            segmentColumn = "segment";
        }
        AccountTable table = new AccountTable(ids, outcome, arr, days, attrs, segmentColumn);
        Map<String, DataColumn> cols = new LinkedHashMap<>();
        metrics.forEach((k, v) -> cols.put(k, DataColumn.numeric(k, v)));
        return new AccountFrame(table, new int[n], cols);
    }

    static Metric metric(String key, Normalization n, MissingPolicy missing, double weight) {
        return new Metric(key, key, new MetricSource.Column(key), Direction.HIGHER_IS_BETTER, n, missing, 120, weight);
    }

    static HealthModel model(Metric... metrics) {
        return new HealthModel("test", "", List.of(metrics), Bands.defaults(), List.of(), List.of());
    }

    /** Linear 0–10 so raw value = points. */
    static Normalization identity() {
        return Normalization.linear(0, 10);
    }
}
