package org.healthscore.store;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Streams CSV files into the workspace, all of them in one transaction: typed, validated row by row, with a
 * report of every rejected row. {@link #stage} leaves the transaction open so that a person can look at the
 * rejects and choose; {@link #importAll} decides by a reject limit (the headless command).
 */
public final class CsvImporter {
    static final int BATCH = 5_000;

    private final Workspace workspace;

    public CsvImporter(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Import, commit when at most {@code maxRejects} rows were rejected, otherwise leave everything unchanged. */
    public ImportResult importAll(List<ImportSpec> specs, long maxRejects, ImportListener listener,
                                  BooleanSupplier cancelled) {
        PendingImport pending = stage(specs, listener, cancelled);
        ImportResult preview = pending.preview();
        if (preview.rejectedCount() > maxRejects) {
            return pending.rollback(preview.rejectedCount() + " rows rejected, more than the limit of " + maxRejects
                    + "; first: " + preview.rejects().get(0));
        }
        return pending.commit();
    }

    /** Loads every file inside one open transaction; the caller must commit or roll back the result. */
    public PendingImport stage(List<ImportSpec> specs, ImportListener listener, BooleanSupplier cancelled) {
        Connection c = workspace.connection();
        long totalBytes = 0;
        for (ImportSpec s : specs) {
            validate(s);
            try {
                totalBytes += Files.size(s.file());
            } catch (IOException e) {
                throw new ImportProblem("Cannot read " + s.file() + ": " + e.getMessage(), e);
            }
        }
        String startedAt = java.time.Instant.now().toString();
        try {
            JournalMode.forBulkLoad(c);
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot start the import: " + e.getMessage(), e);
        }
        RejectLog rejects = new RejectLog();
        List<String> names = new ArrayList<>();
        long rows = 0;
        long bytesBefore = 0;
        try {
            for (ImportSpec spec : specs) {
                DatasetWriter writer = new DatasetWriter(c, spec);
                load(spec, writer, rejects, listener, cancelled, bytesBefore, Math.max(1, totalBytes));
                writer.rejectDuplicates(rejects);
                writer.finish();
                rows += writer.inserted();
                names.add(spec.datasetName());
                bytesBefore += Files.size(spec.file());
            }
        } catch (RuntimeException | SQLException | IOException e) {
            rollbackQuietly(c);
            History.record(c, specs, startedAt, e instanceof ImportCancelledException ? "cancelled" : "failed",
                    0, rejects, e.getMessage());
            if (e instanceof ImportCancelledException ce) {
                throw ce;
            }
            if (e instanceof ImportProblem p) {
                throw p;
            }
            throw new ImportProblem("Import failed, the workspace is unchanged: " + e.getMessage(), e);
        }
        return new PendingImport(c, specs, names, rows, rejects, startedAt);
    }

    private static void validate(ImportSpec spec) {
        long ids = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).count();
        if (ids != 1) {
            throw new ImportProblem(spec.file().getFileName() + ": " + (ids == 0
                    ? "no column is mapped to the account id; choose one (e.g. account_id)."
                    : "more than one column is mapped to the account id."));
        }
        if (spec.columns().stream().filter(c -> c.role() == ColumnRole.AS_OF).count() > 1) {
            throw new ImportProblem(spec.file().getFileName() + ": more than one as-of date column.");
        }
        if (spec.datasetName() == null || spec.datasetName().isBlank()) {
            throw new ImportProblem(spec.file().getFileName() + ": the dataset needs a name.");
        }
    }

    private long load(ImportSpec spec, DatasetWriter writer, RejectLog rejects, ImportListener listener,
                      BooleanSupplier cancelled, long bytesBefore, long totalBytes) throws IOException, SQLException {
        String fileName = spec.file().getFileName().toString();
        ValueParser parser = new ValueParser(spec.format());
        List<ColumnSpec> columns = spec.columns();
        int expected = columns.size();
        long rows = 0;
        // an accounts file has one row per id: duplicates are caught here, as they stream past; observation
        // files (id and date) can be far larger, and are checked in SQL after loading
        int idIndex = columns.indexOf(spec.withRole(ColumnRole.ACCOUNT_ID).orElseThrow());
        java.util.Map<String, Long> firstLineOfId = spec.isObservations() ? null : new java.util.HashMap<>();
        try (InputStream raw = Files.newInputStream(spec.file());
             CountingInputStream counted = new CountingInputStream(new BufferedInputStream(raw, 1 << 16));
             Reader reader = withoutBom(new InputStreamReader(counted, spec.format().charset().newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)));
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(spec.format().delimiter())
                     .quoteCharacter(spec.format().quote())
                     .ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(reader)) {
            boolean headerPending = spec.format().header();
            Object[] values = new Object[expected];
            for (CsvRecord record : csv) {
                if (headerPending) {
                    headerPending = false;
                    continue;
                }
                rows++;
                long line = record.getStartingLineNumber();
                if ((rows & 1023) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    listener.progress(fileName, (bytesBefore + counted.count()) / (double) totalBytes, rows);
                }
                if (record.getFieldCount() != expected) {
                    rejects.add(new RejectedRow(fileName, line, null, null, raggedReason(record, expected)));
                    continue;
                }
                RejectedRow problem = parseRow(record, columns, parser, values, fileName, line);
                if (problem == null && firstLineOfId != null) {
                    Long first = firstLineOfId.putIfAbsent(String.valueOf(values[idIndex]), line);
                    if (first != null) {
                        problem = new RejectedRow(fileName, line, columns.get(idIndex).sourceName(),
                                String.valueOf(values[idIndex]), "duplicate account id (first on line " + first + ")");
                    }
                }
                if (problem != null) {
                    rejects.add(problem);
                    continue;
                }
                writer.insert(line, values);
            }
        } catch (CsvParseException e) {
            throw new ImportProblem(fileName + ": the CSV cannot be read past a point (" + e.getMessage()
                    + "). Check for an unclosed quote.", e);
        } catch (UncheckedIOException e) {
            throw new ImportProblem(fileName + ": " + e.getCause().getMessage(), e);
        }
        if (rows == 0) {
            rejects.noteEmpty(fileName);
        }
        listener.progress(fileName, (bytesBefore + Files.size(spec.file())) / (double) totalBytes, rows);
        return rows;
    }

    /**
     * Why a row has the wrong number of fields. A quote that is never closed swallows every line after it
     * into one field, so a multi-line field in a ragged row points at the quote rather than the count.
     */
    private static String raggedReason(CsvRecord record, int expected) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String f = record.getField(i);
            long lines = f.chars().filter(ch -> ch == '\n').count();
            if (lines > 0) {
                return "has " + record.getFieldCount() + " fields, the header has " + expected + "; field "
                        + (i + 1) + " spans " + (lines + 1) + " lines: probably a quote that is never closed";
            }
        }
        return "has " + record.getFieldCount() + " fields, the header has " + expected;
    }

    private static RejectedRow parseRow(CsvRecord record, List<ColumnSpec> columns, ValueParser parser,
                                        Object[] values, String fileName, long line) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec col = columns.get(i);
            String cell = record.getField(col.index());
            if (cell.indexOf('\uFFFD') >= 0) {
                return new RejectedRow(fileName, line, col.sourceName(), cell, "invalid bytes for the file's encoding");
            }
            if (col.role() == ColumnRole.IGNORE) {
                values[i] = null;
                continue;
            }
            try {
                values[i] = parser.parse(cell, col.type());
            } catch (ValueParser.BadValue e) {
                return new RejectedRow(fileName, line, col.sourceName(), cell, e.getMessage());
            }
            if (values[i] == null && (col.role() == ColumnRole.ACCOUNT_ID || col.role() == ColumnRole.AS_OF)) {
                return new RejectedRow(fileName, line, col.sourceName(), "",
                        col.role() == ColumnRole.ACCOUNT_ID ? "missing account id" : "missing as-of date");
            }
        }
        return null;
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            JournalMode.afterBulkLoad(c);
        } catch (SQLException ignored) {
            // the connection is closing or broken; SQLite discards an open transaction on close
        }
    }

    /** Creates a dataset's table inside the open transaction and batches its inserts. */
    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql);
    }
}
