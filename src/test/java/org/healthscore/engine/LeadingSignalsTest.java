package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.healthscore.data.AccountTable;
import org.healthscore.data.Dataset;
import org.healthscore.data.Outcome;
import org.healthscore.model.MetricSource;
import org.healthscore.model.StarterTemplates;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;
import org.healthscore.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadingSignalsTest {
    @TempDir
    Path dir;

    @Test
    void churnersUsageFallsTowardsTheOutcomeAndTheAverageIsTheAccountsOwn() {
        Dataset d;
        try (Workspace w = Workspace.open(SampleWorkspace.ensure(dir.resolve("s.hsw"), ImportListener.NONE))) {
            d = new DatasetLoader(w).load();
        }
        var model = StarterTemplates.fourMetric();
        var curves = LeadingSignals.compute(d, model, 12, Cancel.NEVER);
        var usage = curves.get(model.indexOf("usage"));
        assertTrue(usage.churned()[0] < usage.churned()[9] - 1,
                "planted decline: churners' usage points at the outcome are far below nine months earlier");
        assertTrue(Math.abs(usage.retained()[0] - usage.retained()[9]) < 1, "retained accounts stay level");
        // brute force at 3 months before: average of each churner's own usage points as of its own date
        var m = model.metric("pulse").orElseThrow();
        AccountTable a = d.accounts();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.outcome()[i] != Outcome.CHURNED || a.outcomeDay()[i] == AccountTable.NO_DAY) {
                continue;
            }
            double raw = d.series().get(((MetricSource.Column) m.source()).column())
                    .valueAsOf(i, a.outcomeDay()[i] - 3 * LeadingSignals.DAYS_PER_MONTH, m.stalenessDays());
            double p = MetricPoints.single(m, raw);
            if (!Double.isNaN(p)) {
                sum += p;
                n++;
            }
        }
        assertEquals(sum / n, curves.get(model.indexOf("pulse")).churned()[3], 1e-9);
    }
}
