package org.healthscore.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.calibration.Folds;
import org.healthscore.engine.calibration.ModelBuilder;
import org.healthscore.io.sample.ChurnShapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Cross-validated AUC of calibrate (points and weights learned per fold) next to an "
                + "unconstrained logistic regression on the raw columns and the generating model (the ceiling), on "
                + "generated data of each shape; then the time of a build on --large accounts."})
final class BenchCalibrateCommand implements Callable<Integer> {
    @Option(names = "--accounts", defaultValue = "20000", description = "Accounts per shape (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--large", defaultValue = "1000000",
            description = "Accounts for the timed build, 8 columns (default ${DEFAULT-VALUE}; 0 skips it).")
    int large;

    @Option(names = "--folds", defaultValue = "5", description = "Folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "" + Folds.DEFAULT_SEED, description = "Fold and data seed.")
    long seed;

    @Override
    public Integer call() {
        System.out.printf(Locale.ROOT, "%,d accounts per shape, %d folds, seed %d; cross-validated AUC%n", accounts,
                folds, seed);
        System.out.printf(Locale.ROOT, "%-11s %9s %9s %9s %9s %9s  %s%n", "shape", "calibrate", "logistic", "ceiling",
                "vs logit", "vs ceil", "uninformative columns alone");
        for (ChurnShapes.Shape shape : ChurnShapes.Shape.values()) {
            var data = ChurnShapes.generate(shape, accounts, seed);
            var r = ModelBuilder.build("bench", data.columns(), data.outcome(), folds, seed, Cancel.NEVER);
            double ceiling = ChurnShapes.ceilingAuc(data, folds, seed);
            StringBuilder noise = new StringBuilder();
            for (String c : ChurnShapes.uninformative()) {
                noise.append(String.format(Locale.ROOT, "%s %.3f  ", c, r.metricCvAuc().get(c)));
            }
            System.out.printf(Locale.ROOT, "%-11s %9.4f %9.4f %9.4f %+9.4f %+9.4f  %s%n", shape.name().toLowerCase(Locale.ROOT),
                    r.cvAuc(), r.cvAucLogistic(), ceiling, r.cvAuc() - r.cvAucLogistic(), r.cvAuc() - ceiling, noise);
        }
        if (large > 0) {
            var data = ChurnShapes.generate(ChurnShapes.Shape.MIXED, large, seed);
            long t0 = System.nanoTime();
            var r = ModelBuilder.build("bench", data.columns(), data.outcome(), folds, seed, Cancel.NEVER);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "build on %,d accounts × %d columns with %d-fold cross-validation: %.1f s "
                            + "(calibrate %.4f, logistic %.4f)%n", large, data.columns().size(), folds, seconds, r.cvAuc(),
                    r.cvAucLogistic());
        }
        return 0;
    }

}
