package org.healthscore.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthscore.data.Dataset;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.engine.drift.Psi;
import org.healthscore.io.report.ReportFigures;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Has the customer base moved? PSI of the score and each metric between two dates.",
                "Population stability between two as-of dates, with the usual reading: below 0.1 stable,",
                "0.1-0.25 some shift, above 0.25 shifted. Accounts counted at a date: the customers then (scored, not",
                "churned before it)."})
final class DriftCommand implements Callable<Integer> {
    /** Days before --to that --from defaults to. */
    static final int DEFAULT_SPAN_DAYS = 180;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ModelFileOption model;

    @Option(names = "--from", description = "The reference date (yyyy-MM-dd; default: " + DEFAULT_SPAN_DAYS
            + " days before --to).")
    LocalDate from;

    @Option(names = "--to", description = "The date compared with it (yyyy-MM-dd; default: the latest observation).")
    LocalDate to;

    @Option(names = "--segment", description = "Only accounts with this value in the workspace's segment column.")
    String segment;

    @Override
    public Integer call() throws Exception {
        var m = model.load();
        Dataset d;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            d = new DatasetLoader(ws).load();
        }
        int toDay = to != null ? (int) to.toEpochDay() : ReportFigures.latestDay(d);
        int fromDay = from != null ? (int) from.toEpochDay() : toDay - DEFAULT_SPAN_DAYS;
        if (fromDay >= toDay) {
            throw new IllegalArgumentException("--from " + LocalDate.ofEpochDay(fromDay) + " is not before --to "
                    + LocalDate.ofEpochDay(toDay));
        }
        SegmentValues.require(d, segment);
        DriftCheck c = DriftCheck.run(d, m, fromDay, toDay, segment, Cancel.NEVER);
        System.out.printf(Locale.ROOT, "Drift from %s (%,d accounts) to %s (%,d accounts)%s%n",
                LocalDate.ofEpochDay(fromDay), c.fromAccounts(), LocalDate.ofEpochDay(toDay), c.toAccounts(),
                segment == null ? "" : ", segment " + segment);
        System.out.printf(Locale.ROOT, "%-44s %7s %7s  %s%n", "", "weight", "PSI", "reading");
        line("Score", Double.NaN, c.score());
        for (DriftCheck.MetricDrift md : c.metrics()) {
            line(md.metric().label(), md.weightPercent(), md.psi());
        }
        if (c.shifted().isEmpty()) {
            System.out.println("Nothing that weighs 10 % or more has shifted.");
        } else {
            System.out.println("Shifted: " + String.join(", ", c.shifted())
                    + ". Check the model's points and bands on the latest data.");
        }
        return 0;
    }

    private static void line(String label, double weight, Psi psi) {
        String shown = label.length() > 44 ? label.substring(0, 43) + "…" : label;
        System.out.printf(Locale.ROOT, "%-44s %7s %7s  %s%n", shown,
                Double.isNaN(weight) ? "" : String.format(Locale.ROOT, "%.0f %%", weight),
                Double.isNaN(psi.value()) ? "—" : String.format(Locale.ROOT, "%.3f", psi.value()),
                Double.isNaN(psi.value()) ? "no accounts" : psi.reading().text());
    }
}
