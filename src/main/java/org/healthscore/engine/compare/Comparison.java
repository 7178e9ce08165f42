package org.healthscore.engine.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.Scores;

/**
 * Model A against model B on the same accounts: both evaluations, where the accounts go between their bands, the
 * accounts that move most with each metric's contribution under each, and DeLong's test of the AUC difference.
 */
public record Comparison(Evaluation a, Evaluation b, BandMigration migration, List<Mover> movers, DeLong test) {
    /** Accounts listed as moving most. */
    public static final int MOVERS = 25;

    public Comparison {
        movers = List.copyOf(movers);
    }

    /**
     * One account that moved: its score and band under A and B, and each metric's contribution (score points,
     * model order of each) under A and under B.
     */
    public record Mover(int account, String id, double scoreA, double scoreB, String bandA, String bandB,
                        double[] contributionsA, double[] contributionsB) {
        public double change() {
            return scoreB - scoreA;
        }
    }

    /** {@code a} and {@code b} score the same accounts in the same order (the same data set). */
    public static Comparison of(Scores a, Scores b, EvaluationOptions options, Cancel cancel) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the two models were scored on different accounts");
        }
        Evaluation ea = Evaluator.evaluate(a, options, cancel);
        Evaluation eb = Evaluator.evaluate(b, options, cancel);
        boolean[] mask = options.filter().mask(a.frame().accounts());
        IntPredicate include = mask == null ? i -> true : i -> mask[i];
        cancel.check();
        BandMigration migration = BandMigration.of(a, b, include);
        List<Mover> movers = movers(a, b, include);
        byte[] outcome = a.frame().accounts().outcome().clone();
        for (int i = 0; i < outcome.length; i++) {
            if (!include.test(i)) {
                outcome[i] = org.healthscore.data.Outcome.UNKNOWN;
            }
        }
        return new Comparison(ea, eb, migration, movers, DeLong.test(a.score(), b.score(), outcome));
    }

    /** As {@link #of(Scores, Scores, EvaluationOptions, Cancel)} on all accounts. */
    public static Comparison of(Scores a, Scores b, Cancel cancel) {
        return of(a, b, new EvaluationOptions(20, AccountFilter.ALL, true, 60), cancel);
    }

    private static List<Mover> movers(Scores a, Scores b, IntPredicate include) {
        // the MOVERS largest changes, kept in a small sorted array: sorting a million accounts took half a second
        int[] top = new int[MOVERS];
        int held = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!include.test(i) || !Double.isFinite(a.score()[i]) || !Double.isFinite(b.score()[i])) {
                continue;
            }
            if (held == MOVERS && !before(a, b, i, top[held - 1])) {
                continue;
            }
            int at = held == MOVERS ? held - 1 : held++;
            while (at > 0 && before(a, b, i, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        List<Mover> out = new ArrayList<>();
        String[] ids = a.frame().accounts().ids();
        for (int k = 0; k < held; k++) {
            int i = top[k];
            out.add(new Mover(i, ids[i], a.score()[i], b.score()[i], a.bandsOf(i).get(a.band()[i]).name(),
                    b.bandsOf(i).get(b.band()[i]).name(), a.contributions(i), b.contributions(i)));
        }
        return out;
    }

    /** Whether account i is listed before j: a larger change; at the same, a band change; then the first one. */
    private static boolean before(Scores a, Scores b, int i, int j) {
        double ci = Math.abs(b.score()[i] - a.score()[i]);
        double cj = Math.abs(b.score()[j] - a.score()[j]);
        if (ci != cj) {
            return ci > cj;
        }
        boolean movedI = a.band()[i] != b.band()[i];
        boolean movedJ = a.band()[j] != b.band()[j];
        return movedI && !movedJ;
    }
}
