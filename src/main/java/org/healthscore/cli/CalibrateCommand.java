package org.healthscore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.calibration.Calibration;
import org.healthscore.engine.calibration.ModelFromData;
import org.healthscore.engine.calibration.WeightCalibrator;
import org.healthscore.io.csv.ColumnsReader;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Build a model on the given columns and fit its weights to churn.",
                "Each numeric metric gets its direction from the data and five percentile bins; each text column",
                "points by its categories' churn rates. Weights are non-negative, sum to 100 % and are checked by",
                "k-fold cross-validation. Rows with an empty outcome are ignored for fitting."})
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "CSV file, one row per account, with a header.")
    Path data;

    @Option(names = "--outcome-column", required = true, description = "Churn outcome column.")
    String outcomeColumn;

    @Option(names = "--metrics", required = true, split = ",", description = "Columns to use, comma-separated.")
    List<String> metrics;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--out", description = "Write the calibrated model here (JSON).")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @picocli.CommandLine.Mixin
    MissingOption missing = new MissingOption();

    @Override
    public Integer call() throws Exception {
        if (folds < 2) {
            throw new IllegalArgumentException("--folds must be at least 2, not " + folds);
        }
        Set<String> columns = new LinkedHashSet<>(metrics);
        columns.add(outcomeColumn);
        Map<String, DataColumn> read = ColumnsReader.read(data, columns, missing.tokens());
        DataColumn outcomeCol = read.get(outcomeColumn);
        int n = outcomeCol.size();
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            String text = outcomeCol.isCategorical() ? outcomeCol.category(i)
                    : Double.isNaN(outcomeCol.values()[i]) ? "" : Long.toString((long) outcomeCol.values()[i]);
            outcome[i] = Outcome.parse(text);
        }
        List<Metric> built = new ArrayList<>();
        Map<String, DataColumn> frameColumns = new LinkedHashMap<>();
        for (String m : metrics) {
            Metric metric = ModelFromData.metric(read.get(m), outcome);
            built.add(metric);
            DataColumn raw = read.get(m);
            frameColumns.put(metric.key(), new DataColumn(metric.key(), raw.values(), raw.categories()));
        }
        HealthModel equal = new HealthModel("Calibrated on " + data.getFileName(), "Built by calibrate from "
                + String.join(", ", metrics) + ".", built, Bands.defaults(), List.of(), List.of());
        AccountFrame frame = frame(n, outcome, frameColumns);
        var scores = new ScoringEngine(frame).score(equal, Cancel.NEVER);
        double[] current = built.stream().mapToDouble(Metric::weight).toArray();
        Calibration c = WeightCalibrator.calibrate(scores.points(), outcome, current, folds, Cancel.NEVER,
                WeightCalibrator.Progress.NONE);
        List<Metric> weighted = new ArrayList<>();
        for (int j = 0; j < built.size(); j++) {
            weighted.add(built.get(j).withWeight(Math.round(c.suggestedPercent()[j] * 100) / 100.0));
        }
        HealthModel model = equal.withMetrics(weighted);
        if (out != null) {
            Files.writeString(out, ModelJsonWriter.write(ModelDocument.of(model)));
        }
        print(c, model);
        return 0;
    }

    private static AccountFrame frame(int n, byte[] outcome, Map<String, DataColumn> columns) {
        String[] ids = new String[n];
        Arrays.setAll(ids, i -> Integer.toString(i));
        double[] arr = new double[n];
        Arrays.fill(arr, Double.NaN);
        int[] days = new int[n];
        Arrays.fill(days, AccountTable.NO_DAY);
        return new AccountFrame(new AccountTable(ids, outcome, arr, days, Map.of(), null), days, columns);
    }

    private void print(Calibration c, HealthModel model) throws Exception {
        if ("json".equalsIgnoreCase(format)) {
            Map<String, Object> o = new LinkedHashMap<>();
            Map<String, Object> weights = new LinkedHashMap<>();
            for (Metric m : model.metrics()) {
                weights.put(m.label(), m.weight());
            }
            o.put("accounts_with_outcome", c.accounts());
            o.put("folds", c.folds());
            o.put("weights_percent", weights);
            o.put("auc_in_sample", c.suggestedAuc());
            o.put("auc_cross_validated", c.suggestedCvAuc());
            o.put("equal_weights_auc_cross_validated", c.currentCvAuc());
            o.put("logistic_unconstrained_auc_cross_validated", c.logisticCvAuc());
            o.put("overfit_warning", c.overfitWarning());
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
            return;
        }
        System.out.printf(Locale.ROOT, "%d accounts with an outcome, %d folds%n", c.accounts(), c.folds());
        for (Metric m : model.metrics()) {
            System.out.printf(Locale.ROOT, "  %-30s %6.1f %%  (%s)%n", m.label(), m.weight(),
                    m.direction() == org.healthscore.model.Direction.HIGHER_IS_BETTER ? "higher is better"
                            : "lower is better");
        }
        System.out.printf(Locale.ROOT, "AUC calibrated: in-sample %.4f, cross-validated %.4f%n", c.suggestedAuc(),
                c.suggestedCvAuc());
        System.out.printf(Locale.ROOT, "AUC equal weights: cross-validated %.4f%n", c.currentCvAuc());
        System.out.printf(Locale.ROOT, "AUC unconstrained logistic regression: cross-validated %.4f%n", c.logisticCvAuc());
        if (c.overfitWarning()) {
            System.out.println("warning: the in-sample gain does not survive cross-validation; keep the simpler weights");
        }
    }
}
