package org.healthscore.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/**
 * Everything the model report states, computed once by the engine as the workbench computes it: the figures
 * as of a date (accounts with an outcome scored {@code leadDays} before it), the backtest at 30, 60, 90 and
 * 180 days, and the accounts most at risk by ARR with the metric that pulls each one down.
 */
public record ReportFigures(HealthModel model, String dataset, LocalDate asOf, int leadDays, Evaluation evaluation,
                            List<Backtest.Result> backtest, List<AtRisk> atRisk) {
    /** Lead times of the backtest section. */
    public static final int[] LEADS = {30, 60, 90, 180};
    /** Accounts listed as most at risk. */
    public static final int AT_RISK = 20;

    /** An account in the two lowest bands, its ARR, score and band, and the metric that costs it most points. */
    public record AtRisk(String id, double arr, double score, String band, String weakestMetric, double pointsLost) {
    }

    public static ReportFigures of(Dataset dataset, HealthModel model, int asOfDay, int leadDays, Cancel cancel) {
        AccountFrame frame = new FrameAssembler(dataset).assemble(model.metrics(),
                AsOfPolicy.withLead(asOfDay, leadDays));
        Scores scores = new ScoringEngine(frame).score(model, cancel);
        Evaluation e = Evaluator.evaluate(scores, new EvaluationOptions(20, AccountFilter.ALL, true, 60), cancel);
        List<Backtest.Result> backtest = Backtest.run(dataset, model, LEADS, cancel);
        return new ReportFigures(model, dataset.name(), LocalDate.ofEpochDay(asOfDay), leadDays, e, backtest,
                atRisk(scores));
    }

    /** The latest day observed in the dataset, or today when it has no dated observations. */
    public static int latestDay(Dataset dataset) {
        int[] span = dataset.observationSpan();
        return span != null ? span[1] : (int) LocalDate.now().toEpochDay();
    }

    private static List<AtRisk> atRisk(Scores s) {
        var accounts = s.frame().accounts();
        int bands = s.bands().size();
        List<Integer> low = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.band()[i] >= Math.max(0, bands - 2) && Double.isFinite(s.score()[i])) {
                low.add(i);
            }
        }
        double[] arr = accounts.arr();
        low.sort(Comparator.<Integer>comparingDouble(i -> Double.isFinite(arr[i]) ? -arr[i] : 0)
                .thenComparingDouble(i -> s.score()[i]));
        List<AtRisk> out = new ArrayList<>();
        for (int i : low.subList(0, Math.min(AT_RISK, low.size()))) {
            double[] w = s.weightsOf(i);
            double total = 0;
            for (int j = 0; j < w.length; j++) {
                total += Double.isNaN(s.points()[j][i]) ? 0 : w[j];
            }
            int weakest = -1;
            double lost = 0;
            for (int j = 0; j < w.length; j++) {
                double p = s.points()[j][i];
                double cost = Double.isNaN(p) || total <= 0 ? 0 : 10 * w[j] / total * (10 - p);
                if (cost > lost) {
                    lost = cost;
                    weakest = j;
                }
            }
            Metric m = weakest < 0 ? null : s.model().metrics().get(weakest);
            out.add(new AtRisk(accounts.ids()[i], arr[i], s.score()[i], s.bands().get(s.band()[i]).name(),
                    m == null ? "—" : m.label(), lost));
        }
        return out;
    }
}
