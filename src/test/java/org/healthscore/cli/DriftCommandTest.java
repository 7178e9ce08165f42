package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.model.StarterTemplates;
import org.junit.jupiter.api.Test;

/** `drift` headless: the engine's PSI for each line, the default dates, and its refusals. */
class DriftCommandTest extends OnTheSample {


    @Test
    void printsThePsiOfTheScoreAndOfEachMetricFromHalfAYearBeforeTheLatestDate() {
        CliRun r = CliRun.run("drift", "--workspace", workspace.toString(), "--model",
                "sample-data/models/four-metric.json");
        assertEquals(0, r.code(), r.err());
        int to = dataset.observationSpan()[1];
        DriftCheck c = DriftCheck.run(dataset, StarterTemplates.fourMetric(), to - 180, to, null, Cancel.NEVER);
        assertTrue(r.out().startsWith(String.format(Locale.ROOT, "Drift from %s (%,d accounts) to %s (%,d accounts)",
                LocalDate.ofEpochDay(to - 180), c.fromAccounts(), LocalDate.ofEpochDay(to), c.toAccounts())), r.out());
        assertTrue(r.out().matches("(?s).*Score\\s+" + String.format(Locale.ROOT, "%.3f", c.score().value())
                + "\\s+" + c.score().reading().text() + ".*"), r.out());
        for (DriftCheck.MetricDrift m : c.metrics()) {
            assertTrue(r.out().contains(String.format(Locale.ROOT, "%.0f %%   %.3f  %s", m.weightPercent(),
                    m.psi().value(), m.psi().reading().text())), m.metric().label() + " in " + r.out());
        }
    }

    @Test
    void refusesDatesTheWrongWayRoundAndASegmentNoAccountHas() {
        CliRun late = CliRun.run("drift", "--workspace", workspace.toString(), "--model",
                "sample-data/models/four-metric.json", "--from", "2026-10-01", "--to", "2026-09-01");
        assertEquals(1, late.code());
        assertEquals("error: --from 2026-10-01 is not before --to 2026-09-01", late.err().strip());
        CliRun segment = CliRun.run("drift", "--workspace", workspace.toString(), "--model",
                "sample-data/models/four-metric.json", "--segment", "Public sector");
        assertEquals(1, segment.code());
        assertEquals("error: --segment Public sector: no account has it; the segments are SMB, Mid-Market, Enterprise",
                segment.err().strip());
    }
}
