package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.model.HealthModel;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `compare` headless, on a workspace and on a one-row-per-account CSV file, and its refusals. */
class CompareCommandTest extends OnTheSample {
    @TempDir
    static Path dir;


    @Test
    void onAWorkspaceItPrintsBothModelsFiguresTheTestAndWhereTheAccountsGo() {
        CliRun r = CliRun.run("compare", "--workspace", workspace.toString(), "--model",
                "sample-data/models/four-metric.json", "--model", "sample-data/models/six-metric.json");
        assertEquals(0, r.code(), r.err());
        int day = dataset.observationSpan()[1];
        HealthModel a = StarterTemplates.fourMetric();
        HealthModel b = StarterTemplates.sixMetric();
        FrameAssembler fa = new FrameAssembler(dataset);
        Comparison c = Comparison.of(
                new ScoringEngine(fa.assemble(a.metrics(), AsOfPolicy.withLead(day, 60))).score(a, Cancel.NEVER),
                new ScoringEngine(fa.assemble(b.metrics(), AsOfPolicy.withLead(day, 60))).score(b, Cancel.NEVER),
                Cancel.NEVER);
        assertTrue(r.out().contains(String.format(Locale.ROOT, "%-34s %10.3f %10.3f %+10.3f", "AUC", c.a().auc(), c.b().auc(),
                c.b().auc() - c.a().auc())), r.out());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "AUC B − A: %+.3f (95 %% confidence interval %+.3f to "
                + "%+.3f", c.test().difference(), c.test().low(), c.test().high())), r.out());
        long[] green = c.migration().accounts()[0];
        assertTrue(r.out().contains(String.format(Locale.ROOT, "%-12s %12s %12s %12s %12s", "Green",
                String.format(Locale.ROOT, "%,d", green[0]), String.format(Locale.ROOT, "%,d", green[1]),
                String.format(Locale.ROOT, "%,d", green[2]), String.format(Locale.ROOT, "%,d", green[3]))), r.out());
        assertTrue(r.out().contains(c.movers().get(0).id()), "the largest move listed");
    }

    @Test
    void onAOneRowPerAccountFileBothModelsScoreTheSameRows() throws Exception {
        Path csv = dir.resolve("snapshot.csv");
        Files.writeString(csv, "account_id,active_users,licensed_seats,onboarding_steps,nps_score,pulse,churned\n"
                + "a1,9,10,8,9,9,no\na2,1,10,1,2,2,yes\na3,5,10,4,6,5,no\na4,2,10,2,3,3,yes\na5,8,10,7,8,8,no\n");
        CliRun r = CliRun.run("compare", "--data", csv.toString(), "--outcome-column", "churned", "--model",
                "sample-data/models/four-metric.json", "--model", "sample-data/models/four-metric.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 accounts, 5 with an outcome"), r.out());
        assertTrue(r.out().contains("5 of 5 accounts keep their band"), "a model against itself moves nobody");
        assertTrue(r.out().contains("The interval holds 0"), r.out());
    }

    @Test
    void refusals() {
        CliRun one = CliRun.run("compare", "--workspace", workspace.toString(), "--model",
                "sample-data/models/four-metric.json");
        assertEquals("error: give --model twice: model A, then model B (1 given)", one.err().strip());
        CliRun none = CliRun.run("compare", "--model", "sample-data/models/four-metric.json", "--model",
                "sample-data/models/six-metric.json");
        assertEquals("error: give either --workspace or --data (with --outcome-column)", none.err().strip());
        CliRun noOutcome = CliRun.run("compare", "--data", "x.csv", "--model", "sample-data/models/four-metric.json",
                "--model", "sample-data/models/six-metric.json");
        assertEquals("error: --data needs --outcome-column: who churned is what the models are compared on",
                noOutcome.err().strip());
    }
}
