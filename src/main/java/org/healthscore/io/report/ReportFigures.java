package org.healthscore.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.Outcome;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.calibration.Calibration;
import org.healthscore.engine.compare.DeLong;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.engine.calibration.Folds;
import org.healthscore.engine.calibration.WeightCalibrator;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/**
 * Everything the model report states, computed once by the engine as the workbench computes it: the figures
 * as of a date (accounts with an outcome scored {@code leadDays} before it), the backtest at 30, 60, 90 and
 * 180 days, and the accounts most at risk by ARR with the metric that pulls each one down.
 *
 * @param accountScores every account's score (NaN: unscored) behind these figures, for {@link #deLong}
 */
public record ReportFigures(HealthModel model, String dataset, LocalDate asOf, int leadDays, Evaluation evaluation,
                            List<Backtest.Result> backtest, List<AtRisk> atRisk, WeightCheck weights,
                            DriftCheck drift, OverridesSection.Figures overrides, double[] accountScores) {
    /** Lead times of the backtest section. */
    public static final int[] LEADS = {30, 60, 90, 180};
    /** Accounts listed as most at risk. */
    public static final int AT_RISK = 20;

    /** Accounts with an outcome the weight check fits on at most: a random sample of them beyond (seeded). */
    public static final int WEIGHT_CHECK_ACCOUNTS = 100_000;
    /** Folds of the weight check, as in Model → Suggest weights…. */
    public static final int WEIGHT_CHECK_FOLDS = 5;

    /**
     * The model's weights judged on held-out accounts beside weights fitted to churn (default weights on all
     * accounts, and each segment's own on its accounts).
     *
     * @param withOutcome accounts with an outcome, of which {@code all().accounts()} were checked
     */
    public record WeightCheck(Calibration all, List<Calibration> bySegment, int withOutcome, long seed) {
        public WeightCheck {
            bySegment = List.copyOf(bySegment);
        }

        public boolean sampled() {
            return all.accounts() < withOutcome;
        }
    }

    /** An account in the two lowest bands, its ARR, score and band, and the metric that costs it most points. */
    public record AtRisk(String id, double arr, double score, String band, String weakestMetric, double pointsLost) {
    }

    /** Days before the as-of date that the drift section compares with, unless told another date. */
    public static final int DRIFT_DAYS = 180;

    /** The figures, with drift since {@value #DRIFT_DAYS} days before {@code asOfDay}. */
    public static ReportFigures of(Dataset dataset, HealthModel model, int asOfDay, int leadDays, Cancel cancel) {
        return of(dataset, model, asOfDay, leadDays, asOfDay - DRIFT_DAYS, cancel);
    }

    /** @param driftFromDay the date drift is measured from (epoch day; at or after {@code asOfDay}: no drift) */
    public static ReportFigures of(Dataset dataset, HealthModel model, int asOfDay, int leadDays, int driftFromDay,
                                   Cancel cancel) {
        return of(dataset, model, asOfDay, leadDays, driftFromDay, List.of(), cancel);
    }

    /** As above, with the figures after the workspace's CSM overrides (none: no such section). */
    public static ReportFigures of(Dataset dataset, HealthModel model, int asOfDay, int leadDays, int driftFromDay,
                                   List<CsmOverride> overrides, Cancel cancel) {
        return figures(dataset, model, asOfDay, leadDays, driftFromDay, true, overrides, cancel);
    }

    /**
     * The figures; the weight check when asked for, drift when {@code driftFromDay} is before the date, and the
     * overrides laid over the same scores (and the backtest's, for "were the CSMs right?") when there are any.
     */
    private static ReportFigures figures(Dataset dataset, HealthModel model, int asOfDay, int leadDays,
                                         int driftFromDay, boolean checkWeights, List<CsmOverride> overrides,
                                         Cancel cancel) {
        Scores scores = scores(dataset, model, asOfDay, leadDays, cancel);
        EvaluationOptions options = new EvaluationOptions(20, AccountFilter.ALL, true, 60);
        Evaluation e = Evaluator.evaluate(scores, options, cancel);
        int verdictLead = Math.max(LEADS[0], leadDays);
        Backtest.WithVerdict backtest = Backtest.run(dataset, model, LEADS, verdictLead, overrides, cancel,
                org.healthscore.engine.Progress.NONE);
        OverridesSection.Figures afterOverrides = null;
        if (!overrides.isEmpty() && !model.metrics().isEmpty()) {
            // a lead the backtest does not run is scored for the verdict alone
            var verdict = backtest.csm() != null ? backtest.csm()
                    : Backtest.csmVerdict(dataset, model, verdictLead, overrides, cancel);
            afterOverrides = OverridesSection.of(e, scores, options, overrides, verdict, verdictLead, cancel);
        }
        return new ReportFigures(model, dataset.name(), LocalDate.ofEpochDay(asOfDay), leadDays, e,
                backtest.results(), atRisk(scores), checkWeights ? weightCheck(scores, cancel) : null,
                driftFromDay < asOfDay && !model.metrics().isEmpty()
                        ? DriftCheck.run(dataset, model, driftFromDay, asOfDay, null, cancel) : null, afterOverrides,
                scores.score());
    }

    /**
     * A second model's figures for the comparison section: what it shows (the figures and the backtest), without
     * the weight check and drift, which the report states for its own model only.
     */
    public static ReportFigures compared(Dataset dataset, HealthModel model, int asOfDay, int leadDays, Cancel cancel) {
        return figures(dataset, model, asOfDay, leadDays, asOfDay, false, List.of(), cancel);
    }

    /**
     * DeLong's test of {@code b}'s AUC against {@code a}'s, from the scores their figures were computed from: the
     * same accounts of {@code dataset}, as of the same date and lead time (nothing is scored again).
     */
    public static DeLong deLong(Dataset dataset, ReportFigures a, ReportFigures b) {
        if (!a.asOf().equals(b.asOf()) || a.leadDays() != b.leadDays()) {
            throw new IllegalArgumentException("the two models' figures are of different dates or lead times");
        }
        return DeLong.test(a.accountScores(), b.accountScores(), dataset.accounts().outcome());
    }

    private static Scores scores(Dataset dataset, HealthModel model, int asOfDay, int leadDays, Cancel cancel) {
        AccountFrame frame = new FrameAssembler(dataset).assemble(model.metrics(),
                AsOfPolicy.withLead(asOfDay, leadDays));
        return new ScoringEngine(frame).score(model, cancel);
    }

    /** Null when the model has no metric: there are no weights to judge. */
    private static WeightCheck weightCheck(Scores scores, Cancel cancel) {
        HealthModel model = scores.model();
        if (model.metrics().isEmpty()) {
            return null;
        }
        byte[] all = scores.frame().accounts().outcome();
        int withOutcome = 0;
        for (byte o : all) {
            withOutcome += o == Outcome.UNKNOWN ? 0 : 1;
        }
        byte[] outcome = sample(all, withOutcome, WEIGHT_CHECK_ACCOUNTS, Folds.DEFAULT_SEED);
        double[] current = model.metrics().stream().mapToDouble(Metric::weight).toArray();
        Calibration overall = WeightCalibrator.calibrate(scores.points(), outcome, current, WEIGHT_CHECK_FOLDS, cancel,
                WeightCalibrator.Progress.NONE);
        List<Calibration> bySegment = new ArrayList<>();
        for (int s = 0; s < model.segments().size(); s++) {
            bySegment.add(WeightCalibrator.calibrateSegment(scores.points(), outcome, scores.segmentOf(), s,
                    scores.weightsBySegment()[s + 1], WEIGHT_CHECK_FOLDS, cancel, WeightCalibrator.Progress.NONE));
        }
        return new WeightCheck(overall, bySegment, withOutcome, Folds.DEFAULT_SEED);
    }

    /** {@code outcome} with all but a seeded random {@code most} of its known outcomes made unknown. */
    static byte[] sample(byte[] outcome, int known, int most, long seed) {
        if (known <= most) {
            return outcome;
        }
        byte[] out = new byte[outcome.length];
        java.util.Arrays.fill(out, Outcome.UNKNOWN);
        java.util.Random random = new java.util.Random(seed);
        int left = known;
        int wanted = most;
        for (int i = 0; i < outcome.length && wanted > 0; i++) {
            if (outcome[i] != Outcome.UNKNOWN) {
                if (random.nextInt(left) < wanted) { // selection sampling: each known outcome equally likely
                    out[i] = outcome[i];
                    wanted--;
                }
                left--;
            }
        }
        return out;
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
