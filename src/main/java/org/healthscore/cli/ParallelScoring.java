package org.healthscore.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthscore.engine.RowScorer;
import org.healthscore.engine.overrides.RowOverrides;
import org.healthscore.io.csv.SpreadsheetSafe;

/**
 * `score` on every core: the reading thread hands rows (the cells the model reads) to a pool in batches; each batch
 * is scored and written as CSV text on a worker; the batches are written to the file in the order they were read.
 * At most two batches per core wait, so memory stays bounded whatever the file's size.
 */
final class ParallelScoring implements AutoCloseable {
    private static final int BATCH = 4096;
    private final RowScorer scorer;
    private final RowOverrides overrides;
    private final Map<String, Integer> index = new HashMap<>();
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "score");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Future<String>> pending = new ArrayDeque<>();
    private final Writer out;
    private List<String[]> batch = new ArrayList<>(BATCH);

    /** @param columns the cells each row hands over, the id first */
    ParallelScoring(RowScorer scorer, List<String> columns, Writer out) {
        this(scorer, columns, out, null);
    }

    /** @param overrides CSM overrides to lay over each row (adds model_band, final_band, final_score, override_note) */
    ParallelScoring(RowScorer scorer, List<String> columns, Writer out, RowOverrides overrides) {
        this.scorer = scorer;
        this.overrides = overrides;
        this.out = out;
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i), i);
        }
    }

    /** One row's cells, in the order of the columns given. */
    void add(String[] cells) throws IOException {
        batch.add(cells);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Writes what is still waiting; the file then holds every row, in order. */
    void finish() throws IOException {
        submit();
        while (!pending.isEmpty()) {
            writeNext();
        }
    }

    private void submit() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<String[]> rows = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(pool.submit(() -> format(rows)));
        while (pending.size() > 2 * threads) {
            writeNext();
        }
    }

    private void writeNext() throws IOException {
        try {
            out.write(pending.poll().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a scoring error reaches the user as it would have without the pool
            }
            throw new IOException(e.getCause());
        }
    }

    private String format(List<String[]> rows) {
        StringWriter text = new StringWriter(rows.size() * 96);
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
            String[] line = null;
            for (String[] cells : rows) {
                RowScorer.Result r = scorer.score(name -> {
                    Integer at = index.get(name);
                    return at == null ? null : cells[at];
                });
                if (line == null) {
                    line = new String[4 + r.points().length + (overrides == null ? 0 : 4)];
                }
                line[0] = SpreadsheetSafe.cell(cells[0]);
                line[1] = ScoreCommand.number(r.score());
                line[2] = SpreadsheetSafe.cell(r.band());
                line[3] = SpreadsheetSafe.cell(r.segment());
                for (int j = 0; j < r.points().length; j++) {
                    line[4 + j] = ScoreCommand.number(r.points()[j]);
                }
                if (overrides != null) {
                    RowOverrides.Row after = overrides.apply(cells[0], r);
                    int at = 4 + r.points().length;
                    line[at] = SpreadsheetSafe.cell(r.band());
                    line[at + 1] = SpreadsheetSafe.cell(after.finalBand());
                    line[at + 2] = ScoreCommand.number(after.result().score());
                    line[at + 3] = SpreadsheetSafe.cell(after.note());
                }
                w.writeRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
