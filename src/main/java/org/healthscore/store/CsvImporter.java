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
        if (maxRejects < 0) {
            pending.rollback("the reject limit must be 0 or more");
            throw new ImportProblem("The reject limit must be 0 or more, not " + maxRejects + ".");
        }
        if (preview.rejectedCount() > maxRejects) {
            return pending.rollback(String.format(java.util.Locale.ROOT, "%,d rows rejected, more than the limit of "
                    + "%,d; first: %s", preview.rejectedCount(), maxRejects, preview.rejects().get(0)));
        }
        return pending.commit();
    }

    /** Loads every file inside one open transaction; the caller must commit or roll back the result. */
    public PendingImport stage(List<ImportSpec> specs, ImportListener listener, BooleanSupplier cancelled) {
        workspace.requireWritable("import into it");
        Connection c = workspace.connection();
        long totalBytes = 0;
        java.util.Map<String, String> fileOfDataset = new java.util.HashMap<>();
        for (ImportSpec s : specs) {
            validate(s);
            String other = fileOfDataset.putIfAbsent(s.datasetName().toLowerCase(java.util.Locale.ROOT),
                    s.file().getFileName().toString());
            if (other != null) {
                throw new ImportProblem(other + " and " + s.file().getFileName() + " would both go into dataset '"
                        + Printable.of(s.datasetName()) + "' and the second would replace the first; give each its own "
                        + "dataset name (or import the same file only once).");
            }
            try {
                totalBytes += Files.size(s.file());
            } catch (IOException e) {
                throw new ImportProblem("Cannot read " + s.file() + ": " + e.getMessage(), e);
            }
        }
        String startedAt = java.time.Instant.now().toString();
        // the attempt is written down before its transaction starts, so a killed import leaves a row that says
        // it did not finish (History marks it so when the workspace is next written to)
        History.markUnfinished(c);
        long historyId = History.start(c, specs, startedAt);
        List<String> replaced = existingDatasets(c, specs);
        try {
            JournalMode.forBulkLoad(c);
            c.setAutoCommit(false);
        } catch (SQLException e) {
            History.finish(c, historyId, "failed", 0, new RejectLog(), e.getMessage());
            throw new WorkspaceException(WorkspaceErrors.describe(workspace.file(), "Cannot start the import", e), e);
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
            History.finish(c, historyId, e instanceof ImportCancelledException ? "cancelled" : "failed", 0, rejects,
                    e.getMessage());
            if (e instanceof ImportCancelledException ce) {
                throw ce;
            }
            if (e instanceof ImportProblem p) {
                throw p;
            }
            if (e instanceof SQLException sql) {
                throw new ImportProblem(WorkspaceErrors.describe(workspace.file(),
                        "Import failed, the workspace is unchanged", sql), e);
            }
            throw new ImportProblem("Import failed, the workspace is unchanged: " + e.getMessage(), e);
        }
        return new PendingImport(c, workspace.file(), historyId, names, replaced, rows, rejects);
    }

    /** The datasets this import replaces (same name), so its message can say so. */
    private List<String> existingDatasets(Connection c, List<ImportSpec> specs) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM dataset WHERE name = ?")) {
            for (ImportSpec s : specs) {
                ps.setString(1, s.datasetName());
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceErrors.describe(workspace.file(), "Cannot read the datasets", e), e);
        }
        return out;
    }

    private static void validate(ImportSpec spec) {
        String file = Printable.of(spec.file().getFileName().toString());
        long idColumns = spec.columns().stream().filter(c -> c.role() == ColumnRole.ACCOUNT_ID).count();
        if (spec.rowNumberId() && idColumns > 0) {
            throw new ImportProblem(file + ": a column is mapped to the account id and row numbers are asked for "
                    + "too; choose one.");
        }
        if (spec.rowNumberId() && spec.isObservations()) {
            throw new ImportProblem(file + ": row numbers can be account ids only in a file with one row per "
                    + "account; this one has an as-of date column, so each account needs its id in every row.");
        }
        if (!spec.rowNumberId() && idColumns != 1) {
            throw new ImportProblem(file + ": " + (idColumns == 0
                    ? "no column is mapped to the account id; choose one (e.g. account_id), or use the row "
                    + "number as the id (--row-number-id) when the file has none."
                    : "more than one column is mapped to the account id."));
        }
        if (spec.columns().stream().filter(c -> c.role() == ColumnRole.AS_OF).count() > 1) {
            throw new ImportProblem(file + ": more than one as-of date column.");
        }
        if (spec.columns().stream().filter(c -> c.role() == ColumnRole.OUTCOME).count() > 1) {
            throw new ImportProblem(file + ": more than one outcome column.");
        }
        if (spec.datasetName() == null || spec.datasetName().isBlank()) {
            throw new ImportProblem(file + ": the dataset needs a name.");
        }
    }

    private long load(ImportSpec spec, DatasetWriter writer, RejectLog rejects, ImportListener listener,
                      BooleanSupplier cancelled, long bytesBefore, long totalBytes) throws IOException, SQLException {
        String fileName = Printable.of(spec.file().getFileName().toString());
        ValueParser parser = new ValueParser(spec.format());
        List<ColumnSpec> columns = spec.storedColumns();
        int expected = spec.columns().size();
        boolean endsWithQuote = RowShapeChecks.endsWithQuote(spec);
        long rows = 0;
        // duplicate ids are found in SQL after loading (DatasetWriter), so memory does not grow with rows
        try (InputStream raw = Files.newInputStream(spec.file());
             CountingInputStream counted = new CountingInputStream(new BufferedInputStream(raw, 1 << 16));
             Reader reader = withoutBom(new InputStreamReader(counted, spec.format().charset().newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)));
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(spec.format().delimiter())
                     .quoteCharacter(spec.format().quote())
                     .ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(reader)) {
            boolean headerPending = spec.format().header();
            Object[] values = new Object[columns.size()];
            var it = csv.iterator();
            while (it.hasNext()) {
                CsvRecord record = it.next();
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
                RejectedRow problem = RowShapeChecks.unclosedQuote(record, !it.hasNext() && !endsWithQuote, fileName, line);
                if (problem == null && record.getFieldCount() != expected) {
                    problem = new RejectedRow(fileName, line, null, null, RowShapeChecks.raggedReason(record, expected));
                }
                if (problem == null) {
                    problem = parseRow(record, spec, columns, parser, values, fileName, line, rows);
                }
                if (problem != null) {
                    rejects.add(problem);
                    continue;
                }
                writer.insert(line, values);
            }
        } catch (CsvParseException e) {
            throw new ImportProblem(fileName + ": the CSV cannot be read past a point (" + Printable.of(e.getMessage())
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

    private static RejectedRow parseRow(CsvRecord record, ImportSpec spec, List<ColumnSpec> columns,
                                        ValueParser parser, Object[] values, String fileName, long line, long row) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec col = columns.get(i);
            if (col.index() < 0) {
                values[i] = Long.toString(row); // the row number as the account id
                continue;
            }
            String cell = record.getField(col.index());
            if (cell.indexOf('\uFFFD') >= 0) {
                return new RejectedRow(fileName, line, col.sourceName(), cell, "invalid bytes for the file's encoding");
            }
            if (col.role() == ColumnRole.IGNORE) {
                values[i] = null;
                continue;
            }
            if (col.role() == ColumnRole.OUTCOME) {
                var meaning = spec.outcomeMeaning(cell);
                if (meaning.isEmpty()) {
                    return new RejectedRow(fileName, line, col.sourceName(), cell, OUTCOME_WITHOUT_MEANING);
                }
                values[i] = meaning.get().stored();
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

    /** The reason of a row whose outcome has no meaning; the wizard groups rejects by reason. */
    public static final String OUTCOME_WITHOUT_MEANING = "the outcome value has no meaning yet: map it to churned, "
            + "retained or not known yet";

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

}
