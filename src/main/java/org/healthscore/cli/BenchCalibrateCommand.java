package org.healthscore.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.calibration.Folds;
import org.healthscore.engine.calibration.ModelBuilder;
import org.healthscore.engine.calibration.PenalizedLogistic;
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

    @Option(names = "--seeds", defaultValue = "1",
            description = "Data sets per shape, seeds --seed, --seed+1, …; with 2 or more each gap is printed as "
                    + "its mean ± its standard error (default ${DEFAULT-VALUE}).")
    int seeds;

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be 1 or more, not " + seeds);
        }
        System.out.printf(Locale.ROOT, "%,d accounts per shape, %d folds, seed %d%s; cross-validated AUC%n", accounts,
                folds, seed, seeds > 1 ? " to " + (seed + seeds - 1) + " (means)" : "");
        System.out.printf(Locale.ROOT, "%-11s %9s %9s %9s %9s %17s %17s  %s%n", "shape", "calibrate", "logistic",
                "ridge*", "ceiling", "vs logistic", "vs ceiling", "uninformative columns alone");
        int tried = 0;
        for (ChurnShapes.Shape shape : ChurnShapes.Shape.values()) {
            double[][] runs = new double[seeds][];
            StringBuilder noise = new StringBuilder();
            for (int s = 0; s < seeds; s++) {
                var data = ChurnShapes.generate(shape, accounts, seed + s);
                var r = ModelBuilder.build("bench", data.columns(), data.outcome(), folds, seed + s, Cancel.NEVER);
                var ridge = PenalizedLogistic.best(data.columns(), data.outcome(), folds, seed + s, Cancel.NEVER);
                tried = ridge.tried();
                runs[s] = new double[] {r.cvAuc(), r.cvAucLogistic(), ridge.cvAuc(),
                        ChurnShapes.ceilingAuc(data, folds, seed + s)};
                if (s == 0) {
                    for (String c : ChurnShapes.uninformative()) {
                        noise.append(String.format(Locale.ROOT, "%s %.3f  ", c, r.metricCvAuc().get(c)));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-11s %9.4f %9.4f %9.4f %9.4f %17s %17s  %s%n",
                    shape.name().toLowerCase(Locale.ROOT), mean(runs, 0, -1), mean(runs, 1, -1), mean(runs, 2, -1),
                    mean(runs, 3, -1), gap(runs, 1), gap(runs, 3), noise);
        }
        System.out.println("ridge*: the logistic regression with the best of " + tried + " ridge penalties, chosen on "
                + "the held-out parts (hindsight: optimistic)");
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

    /** The mean of column {@code a} of the runs, less column {@code b} when b ≥ 0. */
    private static double mean(double[][] runs, int a, int b) {
        double sum = 0;
        for (double[] r : runs) {
            sum += r[a] - (b >= 0 ? r[b] : 0);
        }
        return sum / runs.length;
    }

    /** calibrate less column {@code b}: its mean, ± its standard error over the seeds when there are several. */
    private static String gap(double[][] runs, int b) {
        double m = mean(runs, 0, b);
        if (runs.length == 1) {
            return String.format(Locale.ROOT, "%+.4f", m);
        }
        double ss = 0;
        for (double[] r : runs) {
            ss += Math.pow(r[0] - r[b] - m, 2);
        }
        return String.format(Locale.ROOT, "%+.4f ± %.4f", m, Math.sqrt(ss / (runs.length - 1) / runs.length));
    }
}
