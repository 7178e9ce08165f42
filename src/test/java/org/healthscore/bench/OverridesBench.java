package org.healthscore.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.model.HealthModel;

/**
 * Not a test: what the CSM overrides add to a settled recompute in the window — laying N overrides over a
 * million accounts' scores and evaluating the result — against the settled evaluation itself, in one run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.healthscore.bench.OverridesBench -Dexec.args="1000000 10000"}.
 */
public final class OverridesBench {
    private OverridesBench() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        AccountFrame frame = SyntheticFrame.generate(accounts, 8, 42);
        HealthModel model = SyntheticFrame.model(8);
        Scores scores = new ScoringEngine(frame).score(model, Cancel.NEVER);
        SplittableRandom r = new SplittableRandom(3);
        List<CsmOverride> overrides = new ArrayList<>();
        String[] bands = {"Green", "Yellow", "Orange", "Red"};
        for (int k = 0; k < count; k++) {
            String id = frame.accounts().ids()[r.nextInt(accounts)];
            CsmOverride.Change change = k % 2 == 0 ? new CsmOverride.BandChange(bands[r.nextInt(4)])
                    : new CsmOverride.PointsChange(model.metrics().get(r.nextInt(8)).key(), r.nextInt(11));
            overrides.add(new CsmOverride(k + 1, id, change, "bench", "", -1000, 1000, AccountTable.NO_DAY, "", ""));
        }
        double[] evaluate = new double[5];
        double[] overlaid = new double[5];
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            Evaluator.evaluate(scores, EvaluationOptions.DEFAULT, Cancel.NEVER);
            evaluate[run] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            AppliedOverrides a = AppliedOverrides.apply(scores, overrides);
            Evaluator.evaluate(a.after(), EvaluationOptions.DEFAULT, Cancel.NEVER);
            overlaid[run] = (System.nanoTime() - t1) / 1e6;
        }
        java.util.Arrays.sort(evaluate);
        java.util.Arrays.sort(overlaid);
        System.out.printf(Locale.ROOT, "%,d accounts, %,d overrides: settled evaluation %.0f ms, overrides laid over "
                + "and evaluated %.0f ms (median of 5): ratio %.2f%n", accounts, count, evaluate[2], overlaid[2],
                overlaid[2] / evaluate[2]);
    }
}
