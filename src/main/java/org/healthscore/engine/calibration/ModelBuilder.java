package org.healthscore.engine.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.model.Bands;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;

/**
 * Builds a health model from columns and churn outcomes — every metric's points (bins or category points, and
 * the missing-value policy) and the weights — and says how well it predicts churn on accounts it was not built
 * on. One rule holds throughout: whatever is learned from outcomes is learned on the training part of each fold
 * and judged on the held-out part. Folds are stratified by outcome and shuffled with a stated seed. The model
 * returned is then built the same way on every account with an outcome.
 */
public final class ModelBuilder {
    private ModelBuilder() {
    }

    /**
     * What was built and how it validates. All AUCs are "higher score = less churn" on held-out folds (mean over
     * the folds) unless named in-sample.
     *
     * @param cvAuc          the whole procedure (points and weights learned on each training part)
     * @param cvAucEqual     the same learned points with equal weights
     * @param cvAucLogistic  an unconstrained logistic regression on the raw columns (numbers standardized with a
     *                       missing indicator, categories one-hot), the usual peer
     * @param metricCvAuc    each metric alone, its points learned on each training part
     * @param refused        columns that cannot be metrics, each with its one-line reason
     */
    public record Result(HealthModel model, double cvAuc, double cvAucEqual, double cvAucLogistic, double inSampleAuc,
                         Map<String, Double> metricCvAuc, List<String> refused, int folds, long seed, int accounts) {
    }

    /** One learned metric and the points it gives each row (missing as its policy says). */
    private record Learned(Metric metric, double[] points) {
    }

    /**
     * @param columns one per candidate metric, one value per account
     * @param outcome {@link Outcome} codes per account; accounts with no outcome are not used
     */
    public static Result build(String name, List<DataColumn> columns, byte[] outcome, int folds, long seed,
                               Cancel cancel) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        int[] known = java.util.stream.IntStream.range(0, outcome.length).filter(i -> outcome[i] != Outcome.UNKNOWN)
                .toArray();
        byte[] y = new byte[known.length];
        for (int r = 0; r < known.length; r++) {
            y[r] = outcome[known[r]] == Outcome.CHURNED ? (byte) 1 : 0;
        }
        int churned = 0;
        for (byte b : y) {
            churned += b;
        }
        if (churned == 0 || churned == y.length) {
            throw new IllegalArgumentException("building a model needs churned and retained accounts; these have "
                    + churned + " churned of " + y.length + " with an outcome");
        }
        List<DataColumn> usable = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (DataColumn c : columns) {
            DataColumn compact = compact(c, known);
            String why = compact.isCategorical() ? CategoryLearner.refusal(c.name(), counts(compact), known.length
                    - compact.missingCount()) : null; // from the values alone, not the outcomes: no leak
            if (why != null) {
                refused.add(why);
            } else {
                usable.add(compact);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no column can be a metric: " + String.join("; ", refused));
        }
        int k = usable.size();
        int[] fold = Folds.assign(y, folds, seed);
        double cv = 0;
        double cvEqual = 0;
        double[] cvMetric = new double[k];
        for (int f = 0; f < folds; f++) {
            cancel.check();
            int[][] split = Folds.split(fold, f);
            long foldSeed = seed + 31L * f;
            double[][] points = java.util.stream.IntStream.range(0, k).parallel() // columns learn independently
                    .mapToObj(j -> learn(usable.get(j), y, split[0], foldSeed).points()).toArray(double[][]::new);
            for (int j = 0; j < k; j++) {
                cvMetric[j] += WeightCalibrator.auc(new double[][] {points[j]}, y, split[1], new double[] {1}) / folds;
            }
            double[] w = crossFittedWeights(usable, y, split[0], seed + 31L * f, cancel);
            cv += WeightCalibrator.auc(points, y, split[1], w) / folds;
            double[] equal = new double[k];
            Arrays.fill(equal, 1);
            cvEqual += WeightCalibrator.auc(points, y, split[1], equal) / folds;
        }
        cancel.check();
        double cvLogistic = RawLogistic.cvAuc(usable, y, fold, folds, cancel);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        List<Learned> learned = usable.parallelStream().map(c -> learn(c, y, all, seed)).toList();
        double[][] points = learned.stream().map(Learned::points).toArray(double[][]::new);
        double[] w = crossFittedWeights(usable, y, all, seed, cancel);
        double total = Arrays.stream(w).map(x -> Math.max(0, x)).sum();
        List<Metric> metrics = new ArrayList<>();
        Map<String, Double> byMetric = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            double percent = total > 0 ? 100 * Math.max(0, w[j]) / total : 100.0 / k;
            metrics.add(learned.get(j).metric().withWeight(Math.round(percent * 100) / 100.0));
            byMetric.put(usable.get(j).name(), cvMetric[j]);
        }
        double inSample = WeightCalibrator.auc(points, y, null, w);
        HealthModel model = new HealthModel(name, "Built from " + String.join(", ", usable.stream().map(DataColumn::name)
                .toList()) + ": points and weights learned from churn (cross-validated, " + folds + " folds, seed "
                + seed + ").", metrics, Bands.defaults(), List.of(), List.of());
        return new Result(model, cv, cvEqual, cvLogistic, inSample, byMetric, refused, folds, seed, y.length);
    }

    /** Inner folds for fitting weights on points the rows did not shape. */
    static final int WEIGHT_FOLDS = 3;

    /**
     * Non-negative weights fitted on {@code rows}, each row's points learned without it (cross-fitting): points
     * learned on the same rows the weights are fitted on look better there than they are — a noise column's bins
     * fitted to noise would earn weight — so each row gets the points of a fit on the other inner folds.
     */
    private static double[] crossFittedWeights(List<DataColumn> columns, byte[] y, int[] rows, long seed,
                                               Cancel cancel) {
        if (columns.size() == 1) {
            return new double[] {1}; // one metric takes all the weight: nothing to fit (Fit points' case)
        }
        byte[] ry = new byte[rows.length];
        for (int r = 0; r < rows.length; r++) {
            ry[r] = y[rows[r]];
        }
        int[] inner = Folds.assign(ry, WEIGHT_FOLDS, seed ^ 0x5DEECE66DL);
        double[][] oof = new double[columns.size()][y.length];
        for (int g = 0; g < WEIGHT_FOLDS; g++) {
            cancel.check();
            int[][] split = Folds.split(inner, g);
            int[] fitRows = java.util.Arrays.stream(split[0]).map(r -> rows[r]).toArray();
            long innerSeed = seed + g;
            java.util.stream.IntStream.range(0, columns.size()).parallel().forEach(j -> {
                double[] p = learn(columns.get(j), y, fitRows, innerSeed).points();
                for (int r : split[1]) {
                    oof[j][rows[r]] = p[rows[r]]; // each column writes its own row of oof
                }
            });
        }
        return LogisticFit.fit(oof, y, rows, true).weights();
    }

    /** A metric for one column learned on the rows {@code train} (indices into {@code y}), with every row's points. */
    private static Learned learn(DataColumn c, byte[] y, int[] train, long seed) {
        String key = Metric.keyFromName(c.name());
        double[] points = new double[c.size()];
        Metric metric;
        if (c.isCategorical()) {
            CategoryLearner.Learned l = CategoryLearner.learn(c.values(), c.categories(), y, train);
            for (int i = 0; i < points.length; i++) {
                double v = c.values()[i];
                double p = Double.isNaN(v) ? Double.NaN : l.points().pointsFor(c.categories()[(int) v]);
                points[i] = Double.isNaN(p) ? missingPoints(l.missing()) : p;
            }
            metric = new Metric(key, c.name(), new MetricSource.Column(c.name()), Direction.HIGHER_IS_BETTER,
                    l.points(), l.missing(), Metric.DEFAULT_STALENESS_DAYS, 1);
        } else {
            NumericBinning.Learned l = NumericBinning.learn(c.values(), y, train, seed);
            for (int i = 0; i < points.length; i++) {
                points[i] = l.points(c.values()[i]);
            }
            Direction d = l.direction();
            if (l.normalization() instanceof Normalization.Bins b) {
                List<Normalization.Bin> bins = b.bins();
                d = bins.get(bins.size() - 1).points() >= bins.get(0).points() ? Direction.HIGHER_IS_BETTER
                        : Direction.LOWER_IS_BETTER; // for reading only: bins carry their own points
            }
            metric = new Metric(key, c.name(), new MetricSource.Column(c.name()), d, l.normalization(), l.missing(),
                    Metric.DEFAULT_STALENESS_DAYS, 1);
        }
        return new Learned(metric, points);
    }

    private static double missingPoints(MissingPolicy policy) {
        return policy == MissingPolicy.ZERO ? 0 : 5;
    }

    private static DataColumn compact(DataColumn c, int[] rows) {
        double[] v = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            v[r] = c.values()[rows[r]];
        }
        return new DataColumn(c.name(), v, c.categories());
    }

    private static double[] counts(DataColumn c) {
        double[] n = new double[c.categories().length];
        for (double v : c.values()) {
            if (!Double.isNaN(v)) {
                n[(int) v]++;
            }
        }
        return n;
    }
}
