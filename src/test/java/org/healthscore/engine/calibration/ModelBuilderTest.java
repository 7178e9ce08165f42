package org.healthscore.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.io.model.ModelDocument;
import org.healthscore.io.model.ModelJsonWriter;
import org.healthscore.io.sample.ChurnShapes;
import org.healthscore.model.Metric;
import org.healthscore.model.MissingPolicy;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

/** Building a model from data: nothing learned from outcomes leaks into its own validation. */
class ModelBuilderTest {
    private static final long SEED = 7;

    /** Outcomes with a 20 % churn rate drawn independently of everything. */
    private static byte[] randomOutcomes(int n, Random r) {
        byte[] o = new byte[n];
        for (int i = 0; i < n; i++) {
            o[i] = r.nextDouble() < 0.2 ? Outcome.CHURNED : Outcome.RETAINED;
        }
        return o;
    }

    @Test
    void aUniqueIdAndPureNoiseLookLikeACoinFlipOnHeldOutAccounts() {
        Random r = new Random(1);
        int n = 6000;
        byte[] outcome = randomOutcomes(n, r);
        double[] id = new double[n];
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            id[i] = 100_000 + i;
            noise[i] = r.nextGaussian();
        }
        for (DataColumn c : List.of(DataColumn.numeric("customer_number", id), DataColumn.numeric("noise", noise))) {
            ModelBuilder.Result res = ModelBuilder.build("t", List.of(c), outcome, 5, SEED, Cancel.NEVER);
            assertEquals(0.5, res.cvAuc(), 0.05, c.name() + " as the only metric");
            assertEquals(0.5, res.metricCvAuc().get(c.name()), 0.05, c.name());
            assertTrue(res.inSampleAuc() >= res.cvAuc() - 0.02, "in-sample is the optimistic figure");
        }
    }

    @Test
    void aTextIdOrFreeTextIsRefusedWithItsReasonNotScoredAsPerfect() {
        Random r = new Random(2);
        int n = 3000;
        byte[] outcome = randomOutcomes(n, r);
        DataColumn text = ChurnShapes.freeText(n, 3);
        double[] usage = new double[n];
        for (int i = 0; i < n; i++) {
            usage[i] = r.nextDouble();
        }
        ModelBuilder.Result res = ModelBuilder.build("t", List.of(text, DataColumn.numeric("usage", usage)), outcome,
                5, SEED, Cancel.NEVER);
        assertEquals(List.of("csm_remark has 3,000 distinct values and most accounts' value is shared by fewer than 10 "
                + "others (an id or free text?): it cannot be learned from, so it is not a metric"), res.refused());
        assertEquals(List.of("usage"), res.model().metrics().stream().map(Metric::label).toList());
        IllegalArgumentException only = assertThrows(IllegalArgumentException.class,
                () -> ModelBuilder.build("t", List.of(text), outcome, 5, SEED, Cancel.NEVER));
        assertTrue(only.getMessage().startsWith("no column can be a metric: csm_remark has 3,000 distinct values"));
    }

    @Test
    void aLineRunsAcrossTheValuesButNotToATypo() {
        Random r = new Random(13);
        int n = 20_000;
        double[] tenure = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            tenure[i] = r.nextInt(72);
            outcome[i] = r.nextDouble() < 1 / (1 + Math.exp(0.3 + 0.04 * tenure[i])) ? Outcome.CHURNED
                    : Outcome.RETAINED;
        }
        tenure[17] = 1e9; // a typo in one account
        var line = (Normalization.Linear) ModelBuilder.build("t", List.of(DataColumn.numeric("tenure", tenure)),
                outcome, 5, SEED, Cancel.NEVER).model().metrics().get(0).normalization();
        // 72 months of about 1.4 % of the accounts each: the 0.5th and 99.5th percentiles are the ends
        assertEquals(0, line.min(), 1e-9, "0 points at the shortest tenure");
        assertEquals(71, line.max(), 1e-9, "10 at the longest, not at the typo");
    }

    @Test
    void aThresholdRelationIsRecoveredWithItsCutWithinOneBin() {
        Random r = new Random(4);
        int n = 20_000;
        double[] x = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 100;
            outcome[i] = r.nextDouble() < (x[i] > 60 ? 0.40 : 0.10) ? Outcome.CHURNED : Outcome.RETAINED;
        }
        ModelBuilder.Result res = ModelBuilder.build("t", List.of(DataColumn.numeric("tickets", x)), outcome, 5, SEED,
                Cancel.NEVER);
        var bins = ((Normalization.Bins) res.model().metrics().get(0).normalization()).bins();
        // the edge where the points fall most is the cut; one pre-bin is 100 / 24 wide
        double cut = Double.NaN;
        double biggest = 0;
        for (int b = 1; b < bins.size(); b++) {
            double drop = bins.get(b - 1).points() - bins.get(b).points();
            if (drop > biggest) {
                biggest = drop;
                cut = bins.get(b).lo();
            }
        }
        assertEquals(60, cut, 100.0 / NumericBinning.PREBINS, "bins " + bins);
        Metric m = res.model().metrics().get(0);
        assertEquals(10.0, m.normalization().points(50, m.direction()), 1e-9, "well below the cut: full points " + bins);
        assertEquals(0.0, m.normalization().points(70, m.direction()), 1e-9, "well above it: none " + bins);
        // the ceiling: the generating rule's own AUC, every churned account against every retained one
        double ceiling = bruteForceAuc(x, outcome, v -> v > 60 ? 0 : 1);
        assertEquals(ceiling, res.cvAuc(), 0.01);
    }

    @Test
    void aValleyShapedRelationGetsFewerPointsAtBothExtremes() {
        Random r = new Random(5);
        int n = 20_000;
        double[] usage = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            usage[i] = r.nextDouble() * 10;
            double logit = 0.25 * (usage[i] - 5) * (usage[i] - 5) - 2.5;
            outcome[i] = r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? Outcome.CHURNED : Outcome.RETAINED;
        }
        Metric m = ModelBuilder.build("t", List.of(DataColumn.numeric("usage", usage)), outcome, 5, SEED, Cancel.NEVER)
                .model().metrics().get(0);
        Normalization norm = m.normalization();
        double low = norm.points(0.5, m.direction());
        double mid = norm.points(5, m.direction());
        double high = norm.points(9.5, m.direction());
        assertTrue(mid > low + 4 && mid > high + 4, "churn is lowest in the middle: " + low + " / " + mid + " / " + high);
    }

    @Test
    void aColumnLearnableOnAllAccountsIsLearnedInEveryFoldThoughItsLevelsAreSmallerThere() {
        // 250 levels of 12 accounts: learnable on all accounts (≥ 10 each), but in a fold's training part (4/5)
        // and its weights' inner parts (2/3 of that) most levels have fewer than 10; the build stopped there
        Random r = new Random(12);
        int n = 3000;
        String[] names = new String[250];
        double[] effect = new double[250];
        for (int j = 0; j < names.length; j++) {
            names[j] = "city-" + j;
            effect[j] = j < 125 ? 1.5 : -1.5;
        }
        double[] codes = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            codes[i] = i % names.length;
            outcome[i] = r.nextDouble() < 1 / (1 + Math.exp(1.4 - effect[i % names.length])) ? Outcome.CHURNED
                    : Outcome.RETAINED;
        }
        ModelBuilder.Result res = ModelBuilder.build("t", List.of(new DataColumn("city", codes, names),
                DataColumn.numeric("noise", r.doubles(n).toArray())), outcome, 5, SEED, Cancel.NEVER);
        assertEquals(List.of(), res.refused());
        var points = (Normalization.Categorical) res.model().metrics().get(0).normalization();
        double low = 0;
        double high = 0;
        for (int j = 0; j < names.length; j++) {
            if (j < 125) {
                low += points.pointsFor(names[j]) / 125;
            } else {
                high += points.pointsFor(names[j]) / 125;
            }
        }
        assertTrue(high > low + 3, "the churning half of the levels earns fewer points: " + low + " vs " + high);
        assertTrue(res.cvAuc() > 0.7, "and the held-out accounts show it: " + res.cvAuc());
    }

    @Test
    void aLevelSeenOnThreeAccountsStaysNearTheMiddle() {
        Random r = new Random(6);
        int n = 5003;
        String[] names = {"Starter", "Business", "Legacy"};
        double[] codes = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = i < 3 ? 2 : i % 2;
            codes[i] = c;
            // the three Legacy accounts all churned: raw churn rate 100 %
            boolean churned = c == 2 || r.nextDouble() < (c == 0 ? 0.35 : 0.10);
            outcome[i] = churned ? Outcome.CHURNED : Outcome.RETAINED;
        }
        Metric m = ModelBuilder.build("t", List.of(new DataColumn("plan", codes, names)), outcome, 5, SEED,
                Cancel.NEVER).model().metrics().get(0);
        var points = (Normalization.Categorical) m.normalization();
        assertEquals(10.0, points.pointsFor("Business"), 1e-9, "the lowest smoothed rate earns 10");
        double legacy = points.pointsFor("Legacy");
        double starter = points.pointsFor("Starter");
        assertTrue(legacy > starter, "three churned accounts are shrunk toward the overall rate: Legacy " + legacy
                + " is above Starter " + starter + ", not at 0");
    }

    @Test
    void missingCellsThatWarnGetZeroPoints() {
        Random r = new Random(8);
        int n = 10_000;
        double[] charges = new double[n];
        byte[] outcome = new byte[n];
        for (int i = 0; i < n; i++) {
            boolean na = r.nextDouble() < 0.1;
            charges[i] = na ? Double.NaN : r.nextDouble() * 1000;
            outcome[i] = r.nextDouble() < (na ? 0.6 : 0.15) ? Outcome.CHURNED : Outcome.RETAINED;
        }
        ModelBuilder.Result res = ModelBuilder.build("t", List.of(DataColumn.numeric("total_charges", charges)),
                outcome, 5, SEED, Cancel.NEVER);
        assertEquals(MissingPolicy.ZERO, res.model().metrics().get(0).missing());
        // the values themselves carry nothing: one bin for all of them, so the model is the missing indicator
        var bins = (Normalization.Bins) res.model().metrics().get(0).normalization();
        assertEquals(1, bins.bins().size(), bins.toString());
        assertEquals(10, bins.bins().get(0).points(), 1e-9);
        double naChurned = 0;
        double churned = 0;
        double naRetained = 0;
        for (int i = 0; i < n; i++) {
            boolean c = outcome[i] == Outcome.CHURNED;
            churned += c ? 1 : 0;
            naChurned += c && Double.isNaN(charges[i]) ? 1 : 0;
            naRetained += !c && Double.isNaN(charges[i]) ? 1 : 0;
        }
        // a 0/1 score's AUC by hand: half of (1 + share of churned flagged − share of retained flagged)
        double indicatorAuc = 0.5 * (1 + naChurned / churned - naRetained / (n - churned));
        assertEquals(indicatorAuc, res.cvAuc(), 0.01, "the missingness itself predicts, and only it");
    }

    @Test
    void theSameSeedGivesTheSameModelAndFigures() {
        var data = ChurnShapes.generate(ChurnShapes.Shape.MIXED, 4000, 11);
        var a = ModelBuilder.build("t", data.columns(), data.outcome(), 5, SEED, Cancel.NEVER);
        var b = ModelBuilder.build("t", data.columns(), data.outcome(), 5, SEED, Cancel.NEVER);
        assertEquals(ModelJsonWriter.write(ModelDocument.of(a.model())), ModelJsonWriter.write(ModelDocument.of(b.model())));
        assertEquals(a.cvAuc(), b.cvAuc());
        assertEquals(a.cvAucLogistic(), b.cvAucLogistic());
        var c = ModelBuilder.build("t", data.columns(), data.outcome(), 5, SEED + 1, Cancel.NEVER);
        assertNotEquals(a.cvAuc(), c.cvAuc(), "another seed, other folds");
        assertEquals(100.0, a.model().totalWeight(), 0.05);
    }

    @Test
    void onEveryShapeTheBuiltModelIsAsGoodAsALogisticRegressionAndNearTheCeiling() {
        for (ChurnShapes.Shape shape : List.of(ChurnShapes.Shape.THRESHOLD, ChurnShapes.Shape.U_SHAPED,
                ChurnShapes.Shape.MIXED)) {
            var data = ChurnShapes.generate(shape, 20_000, 3);
            var res = ModelBuilder.build("t", data.columns(), data.outcome(), 5, SEED, Cancel.NEVER);
            double ceiling = ChurnShapes.ceilingAuc(data, 5, SEED);
            assertTrue(res.cvAuc() >= res.cvAucLogistic(), shape + ": " + res.cvAuc() + " vs " + res.cvAucLogistic());
            assertTrue(res.cvAuc() > ceiling - 0.01, shape + ": " + res.cvAuc() + " vs ceiling " + ceiling);
            for (String noise : ChurnShapes.uninformative()) {
                assertEquals(0.5, res.metricCvAuc().get(noise), 0.05, shape + ": " + noise);
            }
        }
    }

    @Test
    void foldsAreStratifiedAndFixedByTheSeed() {
        byte[] y = new byte[1003];
        for (int i = 0; i < y.length; i++) {
            y[i] = (byte) (i % 5 == 0 ? 1 : 0);
        }
        int[] fold = Folds.assign(y, 5, 3);
        int[] churned = new int[5];
        int[] size = new int[5];
        for (int i = 0; i < y.length; i++) {
            churned[fold[i]] += y[i];
            size[fold[i]]++;
        }
        int lo = java.util.Arrays.stream(churned).min().orElseThrow();
        int hi = java.util.Arrays.stream(churned).max().orElseThrow();
        assertTrue(hi - lo <= 1, java.util.Arrays.toString(churned));
        assertTrue(java.util.Arrays.stream(size).max().orElseThrow() - java.util.Arrays.stream(size).min().orElseThrow() <= 1);
        assertEquals(java.util.Arrays.toString(fold), java.util.Arrays.toString(Folds.assign(y, 5, 3)));
    }

    /** AUC of a score (higher = less churn) by comparing every churned account with every retained one. */
    private static double bruteForceAuc(double[] x, byte[] outcome, java.util.function.DoubleUnaryOperator score) {
        List<Double> c = new java.util.ArrayList<>();
        List<Double> k = new java.util.ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            (outcome[i] == Outcome.CHURNED ? c : k).add(score.applyAsDouble(x[i]));
        }
        // scores take two values: count pairs by value
        double c1 = c.stream().filter(v -> v == 1).count();
        double c0 = c.size() - c1;
        double k1 = k.stream().filter(v -> v == 1).count();
        double k0 = k.size() - k1;
        double wins = k1 * c0 + 0.5 * (k1 * c1 + k0 * c0);
        return wins / (c.size() * (double) k.size());
    }
}
