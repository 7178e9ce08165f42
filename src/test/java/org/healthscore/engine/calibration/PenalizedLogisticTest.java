package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.healthscore.engine.Cancel;
import org.healthscore.io.sample.ChurnShapes;
import org.junit.jupiter.api.Test;

/** The bench's penalized peer: a ridge logistic regression, checked against its own optimality conditions. */
class PenalizedLogisticTest {
    /** Three columns — a strong one, a weak one, a one-hot level — and outcomes drawn from them. */
    private static double[][] columns(int n, Random r) {
        double[][] x = new double[3][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = r.nextGaussian();
            x[1][i] = r.nextGaussian();
            x[2][i] = r.nextDouble() < 0.1 ? 1 : 0;
        }
        return x;
    }

    private static byte[] outcomes(double[][] x, Random r) {
        byte[] y = new byte[x[0].length];
        for (int i = 0; i < y.length; i++) {
            double eta = -1.2 + 1.1 * x[0][i] - 0.3 * x[1][i] + 0.8 * x[2][i];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? (byte) 1 : 0;
        }
        return y;
    }

    @Test
    void withoutAPenaltyItIsTheUnconstrainedLogisticRegression() {
        Random r = new Random(3);
        double[][] x = columns(4000, r);
        byte[] y = outcomes(x, r);
        int[] rows = IntStream.range(0, y.length).toArray();
        double[] beta = PenalizedLogistic.fit(x, y, rows, 0);
        LogisticFit.Result free = LogisticFit.fit(x, y, rows, false); // the other Newton: dense, no penalty
        assertEquals(free.intercept(), beta[0], 1e-4);
        for (int j = 0; j < 3; j++) {
            assertEquals(-free.weights()[j], beta[j + 1], 1e-4, "coefficient " + j);
        }
    }

    @Test
    void aPenalizedFitMeetsItsOptimalityConditionsAndShrinksEveryCoefficient() {
        Random r = new Random(4);
        double[][] x = columns(3000, r);
        byte[] y = outcomes(x, r);
        int[] rows = IntStream.range(0, y.length).toArray();
        double penalty = 200;
        double[] beta = PenalizedLogistic.fit(x, y, rows, penalty);
        double[] none = PenalizedLogistic.fit(x, y, rows, 0);
        // at the optimum the log-likelihood's slope in each coefficient equals penalty × coefficient, and 0 for
        // the intercept (summed here from the data, not by the fit's own code)
        double[] slope = new double[4];
        for (int i = 0; i < y.length; i++) {
            double eta = beta[0] + beta[1] * x[0][i] + beta[2] * x[1][i] + beta[3] * x[2][i];
            double resid = y[i] - 1 / (1 + Math.exp(-eta));
            slope[0] += resid;
            for (int j = 0; j < 3; j++) {
                slope[j + 1] += resid * x[j][i];
            }
        }
        assertEquals(0, slope[0], 1e-6);
        for (int j = 1; j <= 3; j++) {
            assertEquals(penalty * beta[j], slope[j], 1e-5, "coefficient " + j);
            assertTrue(Math.abs(beta[j]) < Math.abs(none[j]), "the penalty pulls coefficient " + j + " toward 0");
        }
    }

    @Test
    void manySmallLevelsWantAPenaltyAndItBeatsThePlainRegressionThere() {
        // 300 city levels of a dozen accounts each: one-hot without a penalty fits their noise
        var data = ChurnShapes.generate(ChurnShapes.Shape.CATEGORIES, 4000, 5);
        var best = PenalizedLogistic.best(data.columns(), data.outcome(), 5, 9, Cancel.NEVER);
        var plain = ModelBuilder.build("t", data.columns(), data.outcome(), 5, 9, Cancel.NEVER);
        assertTrue(best.penalty() > 0, "penalty " + best.penalty());
        assertTrue(best.cvAuc() > plain.cvAucLogistic() + 0.005, best + " vs " + plain.cvAucLogistic());
        assertTrue(best.cvAuc() < ChurnShapes.ceilingAuc(data, 5, 9), "no model beats the generating one here");
    }
}
