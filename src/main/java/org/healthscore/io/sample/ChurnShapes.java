package org.healthscore.io.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;

/**
 * Generated churn data in the shapes real exports have, with the probability that generated each outcome (the
 * ceiling any model can reach): a threshold relation (churn rises only past a cut), a U-shape (churn highest at
 * both extremes of usage), a one-sided extreme, a plain linear one, a numeric column with NA cells whose
 * missingness itself warns, categories with rare levels, and columns that carry nothing — pure noise, a unique
 * id, free text. Deterministic for a seed.
 */
public final class ChurnShapes {
    /** The shapes the bench and the tests use. */
    public enum Shape { LINEAR, THRESHOLD, U_SHAPED, MIXED, CATEGORIES }

    /** The columns (one value per account), the outcomes and the generating probability of churn. */
    public record Generated(List<DataColumn> columns, byte[] outcome, double[] churnProbability) {
    }

    private ChurnShapes() {
    }

    public static Generated generate(Shape shape, int accounts, long seed) {
        Random r = new Random(seed);
        Map<String, double[]> numeric = new LinkedHashMap<>();
        double[] logit = new double[accounts];
        switch (shape) {
            case LINEAR -> {
                add(numeric, logit, "usage", r, accounts, () -> r.nextGaussian(), x -> -0.9 * x);
                add(numeric, logit, "nps", r, accounts, () -> r.nextInt(11), x -> -0.18 * (x - 5));
                add(numeric, logit, "tickets", r, accounts, () -> poisson(r, 3), x -> 0.25 * (x - 3));
            }
            case THRESHOLD -> {
                add(numeric, logit, "tickets", r, accounts, () -> poisson(r, 4), x -> x > 6 ? 1.8 : 0);
                add(numeric, logit, "days_since_login", r, accounts, () -> r.nextDouble() * 120, x -> x > 45 ? 1.4 : 0);
                add(numeric, logit, "seats", r, accounts, () -> 1 + r.nextInt(200), x -> x < 5 ? 0.9 : 0);
            }
            case U_SHAPED -> {
                add(numeric, logit, "usage", r, accounts, () -> r.nextDouble() * 10, x -> 0.12 * (x - 5) * (x - 5) - 1);
                add(numeric, logit, "monthly_charges", r, accounts, () -> 20 + r.nextDouble() * 100,
                        x -> x > 90 ? 1.5 : x > 70 ? 0.6 : 0); // highest at one extreme
                add(numeric, logit, "tenure", r, accounts, () -> r.nextInt(72), x -> -0.03 * x);
            }
            case CATEGORIES -> {
                add(numeric, logit, "tenure", r, accounts, () -> r.nextInt(72), x -> -0.025 * x);
            }
            case MIXED -> {
                add(numeric, logit, "tickets", r, accounts, () -> poisson(r, 4), x -> x > 6 ? 1.5 : 0);
                add(numeric, logit, "usage", r, accounts, () -> r.nextDouble() * 10, x -> 0.1 * (x - 5) * (x - 5) - 0.8);
                add(numeric, logit, "tenure", r, accounts, () -> r.nextInt(72), x -> -0.025 * x);
                add(numeric, logit, "nps", r, accounts, () -> r.nextInt(11), x -> -0.12 * (x - 5));
            }
            default -> throw new IllegalArgumentException(shape.toString());
        }
        List<DataColumn> columns = new ArrayList<>();
        numeric.forEach((name, v) -> columns.add(DataColumn.numeric(name, v)));
        // total charges: NA on 8 % of accounts (new ones), and those churn more — the missingness is the signal
        double[] charges = new double[accounts];
        for (int i = 0; i < accounts; i++) {
            boolean na = r.nextDouble() < 0.08;
            charges[i] = na ? Double.NaN : 100 + r.nextDouble() * 5000;
            logit[i] += na ? 1.2 : 0;
        }
        columns.add(DataColumn.numeric("total_charges", charges));
        if (shape == Shape.CATEGORIES || shape == Shape.MIXED) {
            columns.add(plan(r, accounts, logit));
        }
        if (shape == Shape.CATEGORIES) {
            columns.add(levels("region", 12, 0.5, r, accounts, logit));
            columns.add(levels("city", 300, 0.3, r, accounts, logit)); // many levels, a few dozen accounts each
        }
        // columns that carry nothing: noise, a unique id
        double[] noise = new double[accounts];
        double[] id = new double[accounts];
        for (int i = 0; i < accounts; i++) {
            noise[i] = r.nextGaussian();
            id[i] = 1_000_000 + i * 7L % 9_999_991; // unique, in no relation to churn
        }
        columns.add(DataColumn.numeric("noise", noise));
        columns.add(DataColumn.numeric("customer_number", id));
        // a churn rate of about 22 %
        double intercept = calibrateIntercept(logit, 0.22);
        byte[] outcome = new byte[accounts];
        double[] p = new double[accounts];
        for (int i = 0; i < accounts; i++) {
            p[i] = 1 / (1 + Math.exp(-(logit[i] + intercept)));
            outcome[i] = r.nextDouble() < p[i] ? Outcome.CHURNED : Outcome.RETAINED;
        }
        return new Generated(columns, outcome, p);
    }

    /**
     * The generating probability's own AUC on the held-out folds a model build uses ({@code folds}, {@code seed}):
     * what no model can beat on average.
     */
    public static double ceilingAuc(Generated data, int folds, long seed) {
        byte[] y = new byte[data.outcome().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.outcome()[i] == Outcome.CHURNED ? (byte) 1 : 0;
        }
        int[] fold = org.healthscore.engine.calibration.Folds.assign(y, folds, seed);
        double auc = 0;
        for (int f = 0; f < folds; f++) {
            int[] test = org.healthscore.engine.calibration.Folds.split(fold, f)[1];
            auc += org.healthscore.engine.RankStats.auc(test, y.length, i -> y[i] == 1,
                    i -> -data.churnProbability()[i]) / folds;
        }
        return auc;
    }

    /** The columns with no relation to churn, which must never look predictive. */
    public static List<String> uninformative() {
        return List.of("noise", "customer_number");
    }

    /** A free-text column (a CSM's remark, nearly unique per account): categorical with thousands of levels. */
    public static DataColumn freeText(int accounts, long seed) {
        Random r = new Random(seed);
        double[] codes = new double[accounts];
        String[] names = new String[accounts];
        for (int i = 0; i < accounts; i++) {
            names[i] = "remark " + Long.toHexString(r.nextLong());
            codes[i] = i;
        }
        return new DataColumn("csm_remark", codes, names);
    }

    /** Plans: four common ones with their own churn, and 40 rare ones (a handful of accounts each). */
    private static DataColumn plan(Random r, int accounts, double[] logit) {
        String[] names = new String[44];
        double[] effect = new double[44];
        String[] common = {"Starter", "Team", "Business", "Enterprise"};
        double[] commonEffect = {0.9, 0.3, -0.2, -0.8};
        for (int j = 0; j < 4; j++) {
            names[j] = common[j];
            effect[j] = commonEffect[j];
        }
        for (int j = 4; j < 44; j++) {
            names[j] = "Legacy-" + j;
            effect[j] = 0; // rare levels carry no signal of their own
        }
        double[] codes = new double[accounts];
        for (int i = 0; i < accounts; i++) {
            int c = r.nextDouble() < 0.03 ? 4 + r.nextInt(40) : r.nextInt(4);
            codes[i] = c;
            logit[i] += effect[c];
        }
        return new DataColumn("plan", codes, names);
    }

    /** A category column of {@code k} equally common levels, each with its own effect ~ N(0, sd²). */
    private static DataColumn levels(String name, int k, double sd, Random r, int accounts, double[] logit) {
        String[] names = new String[k];
        double[] effect = new double[k];
        for (int j = 0; j < k; j++) {
            names[j] = name + "-" + j;
            effect[j] = sd * r.nextGaussian();
        }
        double[] codes = new double[accounts];
        for (int i = 0; i < accounts; i++) {
            int c = r.nextInt(k);
            codes[i] = c;
            logit[i] += effect[c];
        }
        return new DataColumn(name, codes, names);
    }

    private static void add(Map<String, double[]> columns, double[] logit, String name, Random r, int n,
                            java.util.function.DoubleSupplier value, DoubleUnaryOperator effect) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = value.getAsDouble();
            logit[i] += effect.applyAsDouble(v[i]);
        }
        columns.put(name, v);
    }

    private static double poisson(Random r, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** The intercept that gives the wanted mean churn probability (bisection). */
    private static double calibrateIntercept(double[] logit, double rate) {
        double lo = -20;
        double hi = 20;
        for (int it = 0; it < 60; it++) {
            double mid = (lo + hi) / 2;
            double mean = 0;
            for (double l : logit) {
                mean += 1 / (1 + Math.exp(-(l + mid)));
            }
            mean /= logit.length;
            if (mean < rate) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
