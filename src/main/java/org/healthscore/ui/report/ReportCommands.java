package org.healthscore.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.healthscore.engine.Cancel;
import org.healthscore.io.report.HtmlReport;
import org.healthscore.io.report.ReportFigures;
import org.healthscore.model.HealthModel;
import org.healthscore.store.WholeFiles;
import org.healthscore.ui.common.Errors;
import org.healthscore.ui.session.LoadedWorkspace;
import org.healthscore.ui.session.Session;

/**
 * File → Export report…: the model report for the model on screen, as of the window's date and lead time, as
 * one self-contained HTML file — computed and written on the workspace thread, whole or not at all.
 */
public final class ReportCommands {
    private final Session session;

    public ReportCommands(Session session) {
        this.session = session;
    }

    /** A file name for the report of the model on screen, ending in {@code extension} (".html" or ".pdf"). */
    public String suggestedName(String extension) {
        HealthModel m = session.design().modelProperty().get();
        String name = m == null ? "model" : m.name();
        return name.replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(java.util.Locale.ROOT) + "-report" + extension;
    }

    /**
     * Writes the report — as a PDF when {@code file} ends in .pdf, else as HTML; the status line says when it is
     * written, or why not. Completes with the file.
     */
    public CompletableFuture<Path> export(Path file) {
        return export(file, null);
    }

    /**
     * As {@link #export(Path)}, compared with {@code compared} (a scenario: both scored on the same accounts, with
     * DeLong's test) when it is not null.
     */
    public CompletableFuture<Path> export(Path file, HealthModel compared) {
        HealthModel model = session.design().modelProperty().get();
        LoadedWorkspace w = session.workspace().workspaceProperty().get();
        if (model == null || w == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a workspace first."));
        }
        session.status().busy("Writing the report (figures, backtest at 30, 60, 90 and 180 days)…");
        return session.onWorkspace(x -> {
            int day = w.asOf().asOfDay();
            int lead = w.asOf().usesLead() ? w.asOf().leadDays() : 0;
            ReportFigures figures = ReportFigures.of(w.dataset(), model, day, lead, day - ReportFigures.DRIFT_DAYS,
                    new org.healthscore.store.CsmOverrides(w.workspace()).all(), Cancel.NEVER);
            ReportFigures other = compared == null ? null
                    : ReportFigures.compared(w.dataset(), compared, day, lead, Cancel.NEVER);
            String html = HtmlReport.write(figures, other,
                    other == null ? null : ReportFigures.deLong(w.dataset(), figures, other));
            try {
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                    org.healthscore.io.report.PdfReport.write(html, file);
                } else {
                    WholeFiles.writeString(file, html);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return file;
        }).whenCompleteAsync((done, error) -> session.status().finished(error == null
                ? "Report written to " + file.getFileName() + " (opens in any browser, no network needed)"
                : "Report not written: " + Errors.cause(error).getMessage()), session.fxThread());
    }
}
