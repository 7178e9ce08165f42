package org.healthscore.engine.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountTable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drift on the sample: the right accounts at each date, each metric's raw values read as of that date. */
class DriftCheckTest {
    static Dataset dataset;

    @BeforeAll
    static void sample() {
        dataset = org.healthscore.ui.SampleFixture.dataset(org.healthscore.ui.SampleFixture.freshCopy());
    }

    /** The customers on a day, from the definitions: scored then, and not churned before it. */
    private static List<Integer> customers(HealthModel model, int day, String segment) {
        var frame = new FrameAssembler(dataset).assemble(model.metrics(), AsOfPolicy.fixed(day));
        double[] score = new ScoringEngine(frame).score(model, Cancel.NEVER).score();
        AccountTable a = dataset.accounts();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            boolean churnedBefore = a.outcome()[i] == Outcome.CHURNED && a.outcomeDay()[i] != AccountTable.NO_DAY
                    && a.outcomeDay()[i] < day;
            if (Double.isFinite(score[i]) && !churnedBefore
                    && (segment == null || segment.equals(a.segment().category(i)))) {
                out.add(i);
            }
        }
        return out;
    }

    /** An attribute's value, or an observed column's latest value on or before the day within the staleness. */
    private static double value(String column, int account, int day, int staleness) {
        var attr = dataset.accounts().attributes().get(column);
        return attr != null ? attr.values()[account] : dataset.series().get(column).valueAsOf(account, day, staleness);
    }

    /** A ratio metric's raw value for an account on a day, straight from its two observation series. */
    private static double[] ratioValues(Metric m, List<Integer> accounts, int day) {
        MetricSource.Ratio r = (MetricSource.Ratio) m.source();
        double[] out = new double[accounts.size()];
        for (int k = 0; k < out.length; k++) {
            int i = accounts.get(k);
            double v = value(r.numerator(), i, day, m.stalenessDays()) / value(r.denominator(), i, day, m.stalenessDays());
            out[k] = Double.isInfinite(v) ? Double.NaN : v;
        }
        return out;
    }

    @Test
    void aMetricsDriftIsItsRawValuesOnTheCustomersOfEachDate() {
        HealthModel model = StarterTemplates.fourMetric();
        int to = dataset.observationSpan()[1];
        int from = to - 180;
        for (String segment : new String[] {null, "Enterprise"}) {
            DriftCheck c = DriftCheck.run(dataset, model, from, to, segment, Cancel.NEVER);
            List<Integer> then = customers(model, from, segment);
            List<Integer> now = customers(model, to, segment);
            assertEquals(then.size(), c.fromAccounts());
            assertEquals(now.size(), c.toAccounts());
            Metric usage = model.metric("usage").orElseThrow();
            Psi expected = Psi.numeric(ratioValues(usage, then, from), ratioValues(usage, now, to));
            Psi actual = c.metrics().get(model.indexOf("usage")).psi();
            assertEquals(expected.value(), actual.value(), 1e-12, "usage, segment " + segment);
            assertEquals(expected.bins(), actual.bins());
        }
    }

    @Test
    void theSameDateHasNoDriftAndADistantOneHas() {
        HealthModel model = StarterTemplates.sixMetric();
        int to = dataset.observationSpan()[1];
        DriftCheck same = DriftCheck.run(dataset, model, to, to, null, Cancel.NEVER);
        assertEquals(0, same.score().value(), 1e-12);
        same.metrics().forEach(m -> assertEquals(0, m.psi().value(), 1e-12, m.metric().key()));
        assertEquals(List.of(), same.shifted());
        // 500 days back, before most NPS trends had 180 days of history: the trend metric has shifted
        DriftCheck far = DriftCheck.run(dataset, model, to - 500, to, null, Cancel.NEVER);
        assertTrue(far.shifted().stream().anyMatch(s -> s.contains("NPS trend")), far.shifted().toString());
    }
}
