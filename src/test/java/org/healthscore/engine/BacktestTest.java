package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthscore.data.AccountTable;
import org.healthscore.data.Dataset;
import org.healthscore.data.Outcome;
import org.healthscore.model.Bands;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;
import org.healthscore.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest against a brute-force recomputation: each account scored on its own, as of its own date. */
class BacktestTest {
    @TempDir
    Path dir;

    private static double value(Dataset d, String column, int account, int day, int staleness) {
        var attr = d.accounts().attributes().get(column);
        return attr != null ? attr.values()[account] : d.series().get(column).valueAsOf(account, day, staleness);
    }

    /** One account's score as of one day, straight from the definitions. */
    private static double bruteScore(Dataset d, HealthModel model, int account, int day) {
        double num = 0;
        double den = 0;
        for (Metric m : model.metrics()) {
            double raw = m.source() instanceof MetricSource.Ratio r
                    ? value(d, r.numerator(), account, day, m.stalenessDays())
                    / value(d, r.denominator(), account, day, m.stalenessDays())
                    : value(d, ((MetricSource.Column) m.source()).column(), account, day, m.stalenessDays());
            if (Double.isInfinite(raw)) {
                raw = Double.NaN;
            }
            double p = MetricPoints.single(m, raw);
            if (!Double.isNaN(p)) {
                num += m.weight() * p;
                den += m.weight();
            }
        }
        return den > 0 ? Math.min(100, Math.max(0, 100 * num / (10 * den))) : Double.NaN;
    }

    @Test
    void backtestFiguresEqualScoringEachAccountAsOfItsOwnDate() {
        Path ws = SampleWorkspace.ensure(dir.resolve("s.hsw"), ImportListener.NONE);
        Dataset d;
        try (Workspace w = Workspace.open(ws)) {
            d = new DatasetLoader(w).load();
        }
        HealthModel model = StarterTemplates.fourMetric();
        AccountTable a = d.accounts();
        for (int lead : new int[] {30, 90}) {
            Backtest.Result r = Backtest.run(d, model, lead, Cancel.NEVER);
            List<Double> churned = new ArrayList<>();
            List<Double> retained = new ArrayList<>();
            int caught = 0;
            var bands = Bands.descending(model.bands());
            for (int i = 0; i < a.size(); i++) {
                if (a.outcome()[i] == Outcome.UNKNOWN || a.outcomeDay()[i] == AccountTable.NO_DAY) {
                    continue;
                }
                double s = bruteScore(d, model, i, a.outcomeDay()[i] - lead);
                if (a.outcome()[i] == Outcome.CHURNED) {
                    churned.add(s);
                    caught += Bands.indexOf(bands, s) >= 2 ? 1 : 0;
                } else {
                    retained.add(s);
                }
            }
            double wins = 0;
            for (double x : retained) {
                for (double c : churned) {
                    wins += x > c ? 1 : x == c ? 0.5 : 0;
                }
            }
            assertEquals(wins / ((double) retained.size() * churned.size()), r.auc(), 1e-12, "AUC at lead " + lead);
            assertEquals(churned.size(), r.churned());
            assertEquals((double) caught / churned.size(), r.capturedChurned(), 1e-12, "capture at lead " + lead);
        }
    }

    @Test
    void warningsComeLessReliablyFurtherAhead() {
        Path ws = SampleWorkspace.ensure(dir.resolve("t.hsw"), ImportListener.NONE);
        Dataset d;
        try (Workspace w = Workspace.open(ws)) {
            d = new DatasetLoader(w).load();
        }
        var results = Backtest.run(d, StarterTemplates.fourMetric(), new int[] {30, 180}, Cancel.NEVER);
        assertTrue(results.get(0).auc() > results.get(1).auc(),
                "the planted decline starts 3-9 months ahead: a 30-day lead sees more of it than 180 days");
    }
}
