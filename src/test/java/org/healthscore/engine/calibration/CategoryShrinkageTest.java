package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How hard categories' churn rates are pulled toward the overall rate is chosen on the training rows: many small
 * levels that differ by chance alone get the strongest pull (their rates say nothing), a few big levels with
 * truly different rates the weakest allowed (20 pseudo-accounts, so a rare level still cannot reach 0 or 10).
 */
class CategoryShrinkageTest {
    @Test
    void manySmallLevelsOfNoSignalArePulledHardAndFewBigDistinctOnesLightly() {
        Random r = new Random(4);
        int n = 20_000;
        double[] many = new double[n];
        double[] few = new double[n];
        byte[] noSignal = new byte[n];
        byte[] distinct = new byte[n];
        for (int i = 0; i < n; i++) {
            many[i] = r.nextInt(400); // 50 accounts a level, all with the same 20 % churn
            noSignal[i] = (byte) (r.nextDouble() < 0.2 ? 1 : 0);
            few[i] = i % 2;
            distinct[i] = (byte) (r.nextDouble() < (few[i] == 0 ? 0.35 : 0.10) ? 1 : 0);
        }
        int[] train = IntStream.range(0, n).toArray();
        assertEquals(8 * CategoryLearner.PRIOR, CategoryLearner.shrinkage(many, 400, noSignal, train, rate(noSignal)));
        assertEquals(CategoryLearner.PRIOR, CategoryLearner.shrinkage(few, 2, distinct, train, rate(distinct)));
    }

    private static double rate(byte[] y) {
        double churned = 0;
        for (byte b : y) {
            churned += b;
        }
        return churned / y.length;
    }
}
