package org.healthscore.engine;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.Outcome;
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

    public static Result run(Dataset dataset, HealthModel model, int leadDays, Cancel cancel) {
        AccountTable a = dataset.accounts();
        // as of "outcome − lead" for accounts with an outcome date; the others are left out below
        AccountFrame frame = new FrameAssembler(dataset).assemble(model.metrics(),
                AsOfPolicy.withLead(Integer.MAX_VALUE, leadDays));
        Scores scores = new ScoringEngine(frame).score(model, cancel);
        boolean[] withOutcome = new boolean[a.size()];
        for (int i = 0; i < withOutcome.length; i++) {
            withOutcome[i] = a.outcome()[i] != Outcome.UNKNOWN && a.outcomeDay()[i] != AccountTable.NO_DAY;
        }
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
}
