package org.healthscore.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.SyntheticFrame;
import org.healthscore.engine.calibration.LogisticFit;
import org.healthscore.engine.calibration.WeightCalibrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Time fitting non-negative weights on a generated frame, alone and with k-fold cross-validation.")
final class BenchCalibrateCommand implements Callable<Integer> {
    @Option(names = "--accounts", defaultValue = "1000000", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--metrics", defaultValue = "8", description = "Metrics (default ${DEFAULT-VALUE}).")
    int metrics;

    @Option(names = "--folds", defaultValue = "5", description = "Folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Override
    public Integer call() {
        var frame = SyntheticFrame.generate(accounts, metrics, 42);
        var scores = new ScoringEngine(frame).score(SyntheticFrame.model(metrics), Cancel.NEVER);
        double[][] filled = scores.points().clone();
        for (int j = 0; j < filled.length; j++) {
            filled[j] = filled[j].clone();
            for (int i = 0; i < filled[j].length; i++) {
                filled[j][i] = Double.isNaN(filled[j][i]) ? 5 : filled[j][i];
            }
        }
        byte[] y = new byte[accounts];
        for (int i = 0; i < accounts; i++) {
            y[i] = frame.accounts().outcome()[i] == org.healthscore.data.Outcome.CHURNED ? (byte) 1 : 0;
        }
        LogisticFit.fit(filled, y, null, true); // warm-up
        long t0 = System.nanoTime();
        var fit = LogisticFit.fit(filled, y, null, true);
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        double[] equal = new double[metrics];
        java.util.Arrays.fill(equal, 1);
        long t1 = System.nanoTime();
        var c = WeightCalibrator.calibrate(scores.points(), frame.accounts().outcome(), equal, folds, Cancel.NEVER,
                WeightCalibrator.Progress.NONE);
        double cvSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "accounts %,d, metrics %d%n", accounts, metrics);
        System.out.printf(Locale.ROOT, "one non-negative fit: %.2f s (%d Newton iterations)%n", fitSeconds,
                fit.iterations());
        System.out.printf(Locale.ROOT, "full calibration with %d-fold cross-validation: %.2f s%n", folds, cvSeconds);
        System.out.printf(Locale.ROOT, "cross-validated AUC: calibrated %.4f, unconstrained logistic %.4f, gap %.4f%n",
                c.suggestedCvAuc(), c.logisticCvAuc(), c.logisticCvAuc() - c.suggestedCvAuc());
        return 0;
    }
}
