package org.healthscore.ui.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.FormatChoice;

/** The import wizard's file work, off the FX thread: reading a CSV's first rows, writing its mapping or report. */
final class WizardFiles {
    /** A write that may fail with an I/O error. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private WizardFiles() {
    }

    /** Runs {@code write} on {@code thread}; an I/O error fails the future with "Cannot write FILE: why". */
    static CompletableFuture<Path> write(Path file, Write write, Executor thread) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                write.run();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }, thread);
    }

    /** A file as the wizard first shows it: detected, and offered row numbers as ids when it has no id column. */
    static ImportFile read(Path p, FormatChoice choice) {
        try {
            var s = CsvSniffer.sniff(p, p.getFileName().toString().replaceFirst("\\.(csv|txt|tsv)$", ""), choice);
            ImportFile f = new ImportFile(p, choice, s.spec(), s.preview(), s.sample());
            boolean noId = s.spec().withRole(ColumnRole.ACCOUNT_ID).isEmpty() && !s.spec().isObservations();
            return noId ? f.withRowNumberId(true) : f; // offered, shown ticked: the file has no id column
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** What stops the import, or "Ready to import N files." */
    static String readiness(java.util.List<ImportFile> files) {
        if (files.isEmpty()) {
            return "Add the CSV files to import.";
        }
        for (ImportFile f : files) {
            String p = f.problem();
            if (p != null) {
                return p;
            }
        }
        return "Ready to import " + files.size() + (files.size() == 1 ? " file." : " files.");
    }

    /** The error a user should read, beneath the future's and the I/O wrapper's. */
    static Throwable cause(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
