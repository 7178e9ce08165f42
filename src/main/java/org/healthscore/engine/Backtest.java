package org.healthscore.engine;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.Outcome;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.engine.overrides.CsmVerdict;
import org.healthscore.model.HealthModel;

/**
 * Would the model have warned in time? Every account with an outcome date is scored as of (outcome date − lead
 * days), from the observations known then, and the scores are judged against the outcomes: AUC, and the
 * capture — the share of churned accounts, and of churned ARR, that were in the two lowest bands at that time.
 */
public final class Backtest {
    private Backtest() {
    }

    /** One lead time's figures. */
    public record Result(int leadDays, int accounts, int churned, double auc, double capturedChurned,
                         double capturedChurnedArr, List<Evaluation.BandRow> bands) {
    }

    public static List<Result> run(Dataset dataset, HealthModel model, int[] leadDays, Cancel cancel) {
        return run(dataset, model, leadDays, cancel, Progress.NONE);
    }

    /** As {@link #run(Dataset, HealthModel, int[], Cancel)}, telling {@code progress} after each lead time. */
    public static List<Result> run(Dataset dataset, HealthModel model, int[] leadDays, Cancel cancel,
                                   Progress progress) {
        List<Result> out = new ArrayList<>();
        for (int lead : leadDays) {
            cancel.check();
            out.add(run(dataset, model, lead, cancel));
            progress.done(out.size(), leadDays.length);
        }
        return out;
    }

    /** Every lead's figures and, at one of them, "were the CSMs right?" (null without overrides). */
    public record WithVerdict(List<Result> results, CsmVerdict csm) {
    }

    /**
     * As {@link #run(Dataset, HealthModel, int[], Cancel, Progress)}, with "were the CSMs right?" at
     * {@code verdictLead} (one of the leads) from the same scores: each lead is scored once.
     */
    public static WithVerdict run(Dataset dataset, HealthModel model, int[] leadDays, int verdictLead,
                                  List<CsmOverride> overrides, Cancel cancel, Progress progress) {
        List<Result> out = new ArrayList<>();
        CsmVerdict verdict = null;
        for (int lead : leadDays) {
            cancel.check();
            Scores scores = scoresAhead(dataset, model, lead, cancel);
            out.add(result(dataset.accounts(), lead, scores, cancel));
            if (lead == verdictLead && !overrides.isEmpty()) {
                verdict = CsmVerdict.of(AppliedOverrides.apply(scores, overrides), withOutcomeDate(dataset.accounts()));
            }
            progress.done(out.size(), leadDays.length);
        }
        return new WithVerdict(List.copyOf(out), verdict);
    }

    public static Result run(Dataset dataset, HealthModel model, int leadDays, Cancel cancel) {
        return result(dataset.accounts(), leadDays, scoresAhead(dataset, model, leadDays, cancel), cancel);
    }

    private static Result result(AccountTable a, int leadDays, Scores scores, Cancel cancel) {
        boolean[] withOutcome = withOutcomeDate(a);
        Evaluation e = Evaluator.evaluate(scores, EvaluationOptions.DEFAULT, cancel, withOutcome);
        int lowest = scores.bands().size();
        int churned = 0;
        int captured = 0;
        double churnedArr = 0;
        double capturedArr = 0;
        for (int i = 0; i < withOutcome.length; i++) {
            if (!withOutcome[i] || a.outcome()[i] != Outcome.CHURNED || Double.isNaN(scores.score()[i])) {
                continue;
            }
            double arr = Double.isNaN(a.arr()[i]) ? 0 : a.arr()[i];
            churned++;
            churnedArr += arr;
            if (scores.band()[i] >= lowest - 2) { // the two lowest bands (Orange and Red by default)
                captured++;
                capturedArr += arr;
            }
        }
        return new Result(leadDays, e.scored(), churned, e.auc(), churned == 0 ? Double.NaN : (double) captured / churned,
                churnedArr == 0 ? Double.NaN : capturedArr / churnedArr, e.bandRows());
    }

    /**
     * "Were the CSMs right?" at one lead time: each account with an outcome date scored as of (outcome − lead),
     * the overrides that held on that day laid over it, and the churn of those moved up, down and left alone.
     */
    public static CsmVerdict csmVerdict(Dataset dataset, HealthModel model, int leadDays, List<CsmOverride> overrides,
                                        Cancel cancel) {
        Scores scores = scoresAhead(dataset, model, leadDays, cancel);
        cancel.check();
        return CsmVerdict.of(AppliedOverrides.apply(scores, overrides), withOutcomeDate(dataset.accounts()));
    }

    /** As of "outcome − lead" for accounts with an outcome date; the others are left out by the caller. */
    private static Scores scoresAhead(Dataset dataset, HealthModel model, int leadDays, Cancel cancel) {
        AccountFrame frame = new FrameAssembler(dataset).assemble(model.metrics(),
                AsOfPolicy.withLead(Integer.MAX_VALUE, leadDays));
        return new ScoringEngine(frame).score(model, cancel);
    }

    private static boolean[] withOutcomeDate(AccountTable a) {
        boolean[] withOutcome = new boolean[a.size()];
        for (int i = 0; i < withOutcome.length; i++) {
            withOutcome[i] = a.outcome()[i] != Outcome.UNKNOWN && a.outcomeDay()[i] != AccountTable.NO_DAY;
        }
        return withOutcome;
    }
}
