package org.healthscore.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.healthscore.data.Dataset;
import org.healthscore.engine.Cancel;
import org.healthscore.io.report.HtmlReport;
import org.healthscore.io.report.ReportFigures;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the model report leadership reads (HTML; also PDF with --pdf).",
                "One self-contained HTML file (styles and charts inline, no network) with the summary, the model",
                "metric by metric, its validation and backtest, how the weights hold up, the accounts most at risk by",
                "ARR and drift since half a year before; with --pdf, the same as a PDF."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ModelFileOption model;

    @Option(names = "--out", required = true, description = "HTML file to write (written whole or not at all).")
    Path out;

    @Option(names = "--pdf", description = "Also write the same report as a PDF here (no browser needed).")
    Path pdf;

    @Option(names = "--compare", description = "Another model file: the report compares the two, scored on the "
            + "same accounts, date and lead time.")
    Path compare;

    @Option(names = "--as-of", description = "Score as of this date (yyyy-MM-dd; default: the latest observation).")
    LocalDate asOf;

    @Option(names = "--lead-days", defaultValue = "60",
            description = "Accounts with an outcome are scored this many days before it (default ${DEFAULT-VALUE}).")
    int leadDays;

    @Option(names = "--drift-from", description = "Measure drift from this date to --as-of (yyyy-MM-dd; default: "
            + ReportFigures.DRIFT_DAYS + " days before it).")
    LocalDate driftFrom;

    @Override
    public Integer call() throws Exception {
        if (leadDays < 0 || leadDays > 730) {
            throw new IllegalArgumentException("--lead-days is a number of days from 0 to 730; " + leadDays + " is not");
        }
        OutputFiles.checkWritable(out, "--out");
        if (pdf != null) {
            OutputFiles.checkWritable(pdf, "--pdf");
        }
        var m = model.load();
        var other = compare == null ? null : ModelFiles.load(compare);
        Dataset d;
        java.util.List<org.healthscore.data.CsmOverride> overrides;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            d = new DatasetLoader(ws).load();
            overrides = new org.healthscore.store.CsmOverrides(ws).all();
        }
        long t0 = System.nanoTime();
        int day = asOf != null ? (int) asOf.toEpochDay() : ReportFigures.latestDay(d);
        int driftDay = driftFrom != null ? (int) driftFrom.toEpochDay() : day - ReportFigures.DRIFT_DAYS;
        if (driftDay >= day) {
            throw new IllegalArgumentException("--drift-from " + LocalDate.ofEpochDay(driftDay) + " is not before the "
                    + "report's date " + LocalDate.ofEpochDay(day));
        }
        ReportFigures figures = ReportFigures.of(d, m, day, leadDays, driftDay, overrides, Cancel.NEVER);
        ReportFigures compared = other == null ? null : ReportFigures.compared(d, other, day, leadDays, Cancel.NEVER);
        String html = HtmlReport.write(figures, compared,
                compared == null ? null : ReportFigures.deLong(d, figures, compared));
        OutputFiles.writeWhole(out, html);
        if (pdf != null) {
            org.healthscore.io.report.PdfReport.write(html, pdf);
        }
        System.out.printf(java.util.Locale.ROOT, "Report written to %s%s (%,d accounts, %.1f s)%n", out,
                pdf == null ? "" : " and " + pdf, d.accounts().size(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
