package org.healthscore.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthscore.data.DataColumn;
import org.healthscore.model.Direction;
import org.healthscore.model.Normalization;

/**
 * A percentile normalization, frozen as bins: cut points taken from a dataset's values (so the model keeps
 * scoring the same when the data changes), with points spread evenly from 0 to 10 across the groups.
 */
public final class PercentileBins {
    private PercentileBins() {
    }

    /**
     * Cut point i (1 ≤ i < groups) is the value at position ⌊i·n/groups⌋ of the n sorted non-missing values;
     * equal cut points merge, so heavily tied data gives fewer bins. Bin b of m earns 10·b/(m−1) points when
     * higher is better, 10·(m−1−b)/(m−1) when lower is better (a single bin earns 5).
     */
    public static Normalization.Bins of(DataColumn raw, int groups, Direction direction) {
        if (groups < 2) {
            throw new IllegalArgumentException("percentile bins need at least 2 groups, not " + groups);
        }
        double[] v = Arrays.stream(raw.values()).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("column " + raw.name() + " has no values to take percentiles from");
        }
        List<Double> cuts = new ArrayList<>();
        for (int i = 1; i < groups; i++) {
            double c = v[(int) ((long) i * v.length / groups)];
            if (c > v[0] && (cuts.isEmpty() || c > cuts.get(cuts.size() - 1))) {
                cuts.add(c);
            }
        }
        int m = cuts.size() + 1;
        List<Normalization.Bin> bins = new ArrayList<>();
        for (int b = 0; b < m; b++) {
            int steps = direction == Direction.HIGHER_IS_BETTER ? b : m - 1 - b;
            double points = m == 1 ? 5.0 : 10.0 * steps / (m - 1);
            bins.add(new Normalization.Bin(b == 0 ? null : cuts.get(b - 1), b == m - 1 ? null : cuts.get(b), points));
        }
        return new Normalization.Bins(bins);
    }
}
