package org.healthscore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.calibration.Folds;
import org.healthscore.engine.calibration.ModelBuilder;
import org.healthscore.engine.calibration.SegmentCalibration;
import org.healthscore.io.csv.ColumnsReader;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.model.Direction;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Normalization;
import org.healthscore.store.OutcomeMeaning;
import org.healthscore.store.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Build a model on the given columns from churn, judged on held-out accounts.",
                "It says how well the model predicts on accounts it was not built on. Each number gets bins (or a "
                + "line, or one bin when only its missing cells tell) whose points follow its churn rate, rising, "
                + "falling, peaked or valley-shaped; each category points by its smoothed churn rate; weights are "
                + "non-negative and sum to 100 %%. Everything learned from outcomes is learned on the training part "
                + "of each fold and judged on the held-out part (folds stratified by outcome, shuffled with --seed). "
                + "Columns that cannot be learned from (ids, free text) are refused with a reason. Rows with no "
                + "outcome are ignored."})
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "CSV file, one row per account, with a header.")
    Path data;

    @Option(names = "--outcome-column", required = true, description = "Churn outcome column.")
    String outcomeColumn;

    @Option(names = "--metrics", required = true, split = ",", description = "Columns to use, comma-separated.")
    List<String> metrics;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "" + Folds.DEFAULT_SEED,
            description = "Seed of the shuffled folds (default ${DEFAULT-VALUE}); the same seed, the same figures.")
    long seed;

    @Option(names = "--out", description = "Write the calibrated model here (JSON).")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Option(names = "--segment-column", description = {"Also fit each metric's points on each value's accounts of this",
            "column (SMB, Enterprise, …): a segment keeps its own points where they beat the model's there",
            "on held-out accounts."})
    String segmentColumn;

    @picocli.CommandLine.Mixin
    MissingOption missing = new MissingOption();

    @Override
    public Integer call() throws Exception {
        if (folds < 2) {
            throw new IllegalArgumentException("--folds must be at least 2, not " + folds);
        }
        if (out != null) {
            OutputFiles.checkWritable(out, "--out");
        }
        Set<String> columns = new LinkedHashSet<>(metrics);
        columns.add(outcomeColumn);
        if (segmentColumn != null) {
            columns.add(segmentColumn);
        }
        Map<String, DataColumn> read = ColumnsReader.read(data, columns, missing.tokens());
        byte[] outcome = outcomes(read.get(outcomeColumn));
        List<DataColumn> candidates = metrics.stream().map(read::get).toList();
        ModelBuilder.Result r = ModelBuilder.build("Calibrated on " + data.getFileName(), candidates, outcome, folds,
                seed, Cancel.NEVER);
        SegmentCalibration bySegment = segmentColumn == null ? null : SegmentCalibration.fit(r.model(), read,
                read.get(segmentColumn), outcome, folds, seed, Cancel.NEVER);
        HealthModel model = bySegment == null ? r.model() : bySegment.model();
        if (out != null) {
            OutputFiles.writeWhole(out, ModelJsonWriter.write(ModelDocument.of(model)));
        }
        print(r, bySegment);
        return 0;
    }

    /** Outcome codes; a value with no usual meaning is refused with its count and examples, never "retained". */
    private byte[] outcomes(DataColumn c) {
        int n = c.size();
        byte[] outcome = new byte[n];
        Map<String, Integer> unknown = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double v = c.values()[i];
            if (Double.isNaN(v)) {
                outcome[i] = Outcome.UNKNOWN;
                continue;
            }
            String text = c.isCategorical() ? c.category(i) : Long.toString((long) v);
            var meaning = OutcomeMeaning.usual(text);
            if (meaning.isEmpty()) {
                unknown.merge(text, 1, Integer::sum);
                continue;
            }
            outcome[i] = switch (meaning.get()) {
                case CHURNED -> Outcome.CHURNED;
                case RETAINED -> Outcome.RETAINED;
                case UNKNOWN -> Outcome.UNKNOWN;
            };
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(outcomeColumn + " has values with no meaning as an outcome: "
                    + String.join(", ", unknown.entrySet().stream().limit(5).map(e -> "'" + Printable.of(e.getKey())
                    + "' (" + e.getValue() + (e.getValue() == 1 ? " row)" : " rows)")).toList())
                    + "; use churned/retained words (yes/no, churned/renewed, good/bad, 1/0) or leave it empty");
        }
        return outcome;
    }

    private void print(ModelBuilder.Result r, SegmentCalibration bySegment) throws Exception {
        HealthModel model = r.model();
        if ("json".equalsIgnoreCase(format)) {
            Map<String, Object> o = new LinkedHashMap<>();
            Map<String, Object> weights = new LinkedHashMap<>();
            for (Metric m : model.metrics()) {
                weights.put(m.label(), m.weight());
            }
            o.put("accounts_with_outcome", r.accounts());
            o.put("folds", r.folds());
            o.put("seed", r.seed());
            o.put("weights_percent", weights);
            o.put("auc_cross_validated", r.cvAuc());
            o.put("equal_weights_auc_cross_validated", r.cvAucEqual());
            o.put("logistic_unconstrained_auc_cross_validated", r.cvAucLogistic());
            o.put("metric_auc_cross_validated", r.metricCvAuc());
            o.put("auc_in_sample", r.inSampleAuc());
            o.put("refused", r.refused());
            if (bySegment != null) {
                o.put("segments", bySegment.lines());
            }
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
            return;
        }
        System.out.printf(Locale.ROOT, "%,d accounts with an outcome, %d folds stratified by outcome, seed %d%n",
                r.accounts(), r.folds(), r.seed());
        int width = model.metrics().stream().mapToInt(m -> describe(m).length()).max().orElse(0); // one column
        for (Metric m : model.metrics()) {
            System.out.printf(Locale.ROOT, "  %-30s %6.1f %%  %-" + width + "s  alone: AUC %.3f%n", m.label(),
                    m.weight(), describe(m), r.metricCvAuc().get(m.label()));
        }
        for (String why : r.refused()) {
            System.out.println("  refused: " + Printable.of(why));
        }
        System.out.printf(Locale.ROOT, "AUC cross-validated: this model %.4f, its points with equal weights %.4f, "
                + "unconstrained logistic regression on the raw columns %.4f%n", r.cvAuc(), r.cvAucEqual(),
                r.cvAucLogistic());
        System.out.printf(Locale.ROOT, "AUC in-sample (on the accounts it was built on, optimistic): %.4f%n",
                r.inSampleAuc());
        if (bySegment != null) {
            SegmentLines.print(bySegment, segmentColumn);
        }
    }

    /** "8 bins (higher is better overall)", "line, higher is better", "12 categories", "one bin". */
    private static String describe(Metric m) {
        if (m.normalization() instanceof Normalization.Bins b && b.bins().size() == 1) {
            return "one bin: the values tell nothing, missing: " + m.missing().name().toLowerCase(Locale.ROOT);
        }
        if (m.normalization() instanceof Normalization.Bins b) {
            return b.bins().size() + " bins (" + (m.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                    + " is better overall), missing: " + m.missing().name().toLowerCase(Locale.ROOT);
        }
        if (m.normalization() instanceof Normalization.Categorical c) {
            return c.categoryPoints().size() + " categories, missing: " + m.missing().name().toLowerCase(Locale.ROOT);
        }
        return "line, " + (m.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower") + " is better, missing: "
                + m.missing().name().toLowerCase(Locale.ROOT);
    }
}
