package org.healthscore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.healthscore.data.AccountFrame;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Normalization;
import org.healthscore.model.WeightShares;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recompute", mixinStandardHelpOptions = true,
        description = {"Time the live recompute on a generated frame: a weight dragged through positions, a one-off",
                "weight change and a normalization change,",
                "each producing scores, a 50-bin histogram, the band table and AUC (binned, as during a drag),",
                "plus the exact sort-based evaluation for comparison."})
final class BenchRecomputeCommand implements Callable<Integer> {
    @Option(names = "--accounts", defaultValue = "1000000", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--metrics", defaultValue = "8", description = "Metrics (default ${DEFAULT-VALUE}).")
    int metrics;

    @Option(names = "--iterations", defaultValue = "40", description = "Timed runs each (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Override
    public Integer call() throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        AccountFrame frame = SyntheticFrame.generate(accounts, metrics, 42);
        System.gc();
        long frameBytes = rt.totalMemory() - rt.freeMemory() - before;
        HealthModel model = SyntheticFrame.model(metrics);
        ScoringEngine engine = new ScoringEngine(frame);
        EvaluationOptions live = EvaluationOptions.DEFAULT.withExact(false);
        Evaluator.evaluate(engine.score(model, Cancel.NEVER), live, Cancel.NEVER);

        for (int w = 0; w < 15; w++) {
            weightChange(engine, model, w, live);
            normalizationChange(engine, model, w, live);
        }
        double[] drag = new double[iterations];
        weightDrag(engine, model, live, new double[iterations]); // warm-up
        weightDrag(engine, model, live, drag);
        double[] weight = new double[iterations];
        double[] norm = new double[iterations];
        double[] exact = new double[Math.max(3, iterations / 5)];
        for (int i = 0; i < iterations; i++) {
            weight[i] = weightChange(engine, model, i, live);
            norm[i] = normalizationChange(engine, model, i, live);
        }
        Evaluation last = null;
        for (int i = 0; i < exact.length; i++) {
            long t0 = System.nanoTime();
            last = Evaluator.evaluate(engine.score(model, Cancel.NEVER), EvaluationOptions.DEFAULT, Cancel.NEVER);
            exact[i] = (System.nanoTime() - t0) / 1e6;
        }
        Evaluation binned = Evaluator.evaluate(engine.score(model, Cancel.NEVER), live, Cancel.NEVER);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accounts", accounts);
        out.put("metrics", metrics);
        out.put("cores", rt.availableProcessors());
        out.put("weight_change_ms_median", round(percentile(weight, 50)));
        out.put("weight_change_ms_p95", round(percentile(weight, 95)));
        out.put("weight_drag_ms_median", round(percentile(drag, 50)));
        out.put("weight_drag_ms_p95", round(percentile(drag, 95)));
        out.put("normalization_change_ms_median", round(percentile(norm, 50)));
        out.put("normalization_change_ms_p95", round(percentile(norm, 95)));
        out.put("exact_evaluation_ms_median", round(percentile(exact, 50)));
        out.put("frame_mb", round(frameBytes / 1048576.0));
        System.gc();
        out.put("heap_mb", round((rt.totalMemory() - rt.freeMemory()) / 1048576.0));
        out.put("auc_exact", last.auc());
        out.put("auc_binned", binned.auc());
        out.put("auc_binned_error_bound", binned.aucErrorBound());
        if ("json".equals(format)) {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-32s %s%n", k, v));
        }
        return 0;
    }

    private static double weightChange(ScoringEngine engine, HealthModel model, int i, EvaluationOptions opts) {
        Metric m = model.metrics().get(i % model.metrics().size());
        HealthModel changed = model.withMetric(m.withWeight(5 + (i % 7) * 3));
        long t0 = System.nanoTime();
        RecomputeResult.compute(i, engine, changed, opts, Cancel.NEVER);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One weight dragged through successive shares (the others following), as a slider drag produces. */
    private static void weightDrag(ScoringEngine engine, HealthModel model, EvaluationOptions opts, double[] out) {
        String key = model.metrics().get(1).key();
        HealthModel m = model;
        for (int i = 0; i < out.length; i++) {
            m = m.withMetrics(WeightShares.setShare(m.metrics(), key, 10 + 40.0 * i / out.length, java.util.Set.of()));
            long t0 = System.nanoTime();
            RecomputeResult.compute(i, engine, m, opts, Cancel.NEVER);
            out[i] = (System.nanoTime() - t0) / 1e6;
        }
    }

    private static double normalizationChange(ScoringEngine engine, HealthModel model, int i, EvaluationOptions opts) {
        Metric m = model.metrics().get(0);
        HealthModel changed = model.withMetric(m.withNormalization(Normalization.linear(10 + i % 11, 90)));
        long t0 = System.nanoTime();
        RecomputeResult.compute(i, engine, changed, opts, Cancel.NEVER);
        return (System.nanoTime() - t0) / 1e6;
    }

    static double percentile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, idx))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
