package org.healthscore.engine.drift;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;

/**
 * Has the customer base moved since the model was made? The score's and each metric's population stability
 * between two as-of dates: at each date, the accounts that were customers then (scored, and not churned before
 * it), each metric's raw value as the model reads it then.
 *
 * @param fromDay   epoch day of the reference
 * @param toDay     epoch day compared with it
 * @param segment   the segment value the accounts were limited to, or null for all
 * @param fromAccounts accounts counted at {@code fromDay}
 * @param toAccounts   accounts counted at {@code toDay}
 * @param score     the score's PSI
 * @param metrics   each metric's PSI, in model order
 */
public record DriftCheck(int fromDay, int toDay, String segment, int fromAccounts, int toAccounts, Psi score,
                         List<MetricDrift> metrics) {
    /** Weight share at or above which a metric's shift is worth a line in the headline. */
    public static final double HEADLINE_WEIGHT = 10;

    public DriftCheck {
        metrics = List.copyOf(metrics);
    }

    /** A metric's PSI and its share of the weight (percent). */
    public record MetricDrift(Metric metric, double weightPercent, Psi psi) {
    }

    /**
     * The score or a metric weighing at least {@value #HEADLINE_WEIGHT} % that has shifted (PSI above
     * {@value Psi#SHIFT}), the largest first; empty when nothing has.
     */
    public List<String> shifted() {
        List<String> out = new ArrayList<>();
        if (score.reading() == Psi.Reading.SHIFTED) {
            out.add("the score");
        }
        metrics.stream().filter(m -> m.weightPercent() >= HEADLINE_WEIGHT && m.psi().reading() == Psi.Reading.SHIFTED)
                .sorted((a, b) -> Double.compare(b.psi().value(), a.psi().value()))
                .forEach(m -> out.add(m.metric().label()));
        return out;
    }

    /** @param segment a value of the workspace's segment column to limit the accounts to, or null for all */
    public static DriftCheck run(Dataset dataset, HealthModel model, int fromDay, int toDay, String segment,
                                 Cancel cancel) {
        FrameAssembler assembler = new FrameAssembler(dataset);
        AccountFrame a = assembler.assemble(model.metrics(), AsOfPolicy.fixed(fromDay));
        cancel.check();
        AccountFrame b = assembler.assemble(model.metrics(), AsOfPolicy.fixed(toDay));
        cancel.check();
        Scores sa = new ScoringEngine(a).score(model, cancel);
        Scores sb = new ScoringEngine(b).score(model, cancel);
        boolean[] inA = customers(dataset.accounts(), sa, fromDay, segment);
        boolean[] inB = customers(dataset.accounts(), sb, toDay, segment);
        Psi score = Psi.numeric(pick(sa.score(), inA), pick(sb.score(), inB));
        double total = model.totalWeight();
        List<MetricDrift> metrics = new ArrayList<>();
        for (Metric m : model.metrics()) {
            cancel.check();
            DataColumn ca = a.metric(m.key());
            DataColumn cb = b.metric(m.key());
            Psi psi = ca.isCategorical() ? Psi.categorical(texts(ca, inA), texts(cb, inB))
                    : Psi.numeric(pick(ca.values(), inA), pick(cb.values(), inB));
            metrics.add(new MetricDrift(m, total > 0 ? 100 * m.weight() / total : 0, psi));
        }
        return new DriftCheck(fromDay, toDay, segment, count(inA), count(inB), score, metrics);
    }

    /** The segment column's values, for a choice of segment (empty when the workspace has none). */
    public static List<String> segments(Dataset dataset) {
        DataColumn s = dataset.accounts().segment();
        return s == null || !s.isCategorical() ? List.of() : List.of(s.categories());
    }

    /** Customers on {@code day}: scored, not churned before it, in the segment when one is given. */
    private static boolean[] customers(AccountTable accounts, Scores s, int day, String segment) {
        DataColumn seg = accounts.segment();
        boolean[] in = new boolean[s.size()];
        for (int i = 0; i < in.length; i++) {
            boolean left = accounts.outcome()[i] == Outcome.CHURNED && accounts.outcomeDay()[i] != AccountTable.NO_DAY
                    && accounts.outcomeDay()[i] < day;
            boolean inSegment = segment == null || (seg != null && segment.equals(seg.category(i)));
            in[i] = Double.isFinite(s.score()[i]) && !left && inSegment;
        }
        return in;
    }

    private static double[] pick(double[] values, boolean[] in) {
        double[] out = new double[count(in)];
        int k = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out[k++] = values[i];
            }
        }
        return out;
    }

    private static String[] texts(DataColumn c, boolean[] in) {
        String[] out = new String[count(in)];
        int k = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out[k++] = c.category(i);
            }
        }
        return out;
    }

    private static int count(boolean[] in) {
        int n = 0;
        for (boolean b : in) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
