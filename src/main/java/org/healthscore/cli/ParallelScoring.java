package org.healthscore.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthscore.engine.RowScorer;
import org.healthscore.engine.overrides.RowOverrides;
import org.healthscore.io.csv.CsvBlocks;
import org.healthscore.io.csv.SpreadsheetSafe;

/**
 * `score` on every core: the reading thread cuts the file into blocks of whole records ({@link CsvBlocks}); each
 * block is parsed, scored and written as CSV text on a worker; the blocks are written to the file in the order
 * they were read, and their ids handed to the duplicate check in that order. At most two blocks per core wait, so
 * memory stays bounded whatever the file's size.
 */
final class ParallelScoring implements AutoCloseable {
    /** One block scored: its text (UTF-8), its ids (in order) with their hashes, for the duplicate check. */
    private record Scored(byte[] text, String[] ids, long[] hashes) {
    }

    private final RowScorer scorer;
    private final RowOverrides overrides;
    private final CsvBlocks blocks;
    private final List<String> columns;
    private final int idAt;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "score");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Future<Scored>> pending = new ArrayDeque<>();
    private final OutputStream out;
    private final DuplicateIds ids;
    private long rows;

    /**
     * @param columns   the cells each row hands over: the scorer's required columns in its order, then the id
     * @param overrides CSM overrides to lay over each row (adds model_band, final_band, final_score, override_note),
     *                  or null
     * @param ids       the duplicate check, or null to score every row
     */
    ParallelScoring(RowScorer scorer, CsvBlocks blocks, List<String> columns, OutputStream out, RowOverrides overrides,
                    DuplicateIds ids) {
        this.scorer = scorer;
        this.overrides = overrides;
        this.blocks = blocks;
        this.columns = List.copyOf(columns);
        this.out = out;
        this.ids = ids;
        this.idAt = columns.size() - 1;
    }

    /** Scores every row of the file and writes them in order; returns how many. */
    long run() throws IOException {
        for (CsvBlocks.Block b = blocks.next(); b != null; b = blocks.next()) {
            CsvBlocks.Block block = b;
            pending.add(pool.submit(() -> score(block)));
            while (pending.size() > 2 * threads) {
                writeNext();
            }
        }
        while (!pending.isEmpty()) {
            writeNext();
        }
        return rows;
    }

    private void writeNext() throws IOException {
        Scored s;
        try {
            s = pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a scoring error reaches the user as it would have without the pool
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        out.write(s.text());
        rows += s.ids().length;
        if (ids != null) {
            for (int i = 0; i < s.ids().length; i++) {
                ids.add(s.ids()[i], s.hashes()[i]);
            }
        }
    }

    private Scored score(CsvBlocks.Block block) throws IOException {
        List<String[]> rowsOfBlock = new ArrayList<>(8192);
        blocks.rows(block, columns, (line, cells) -> rowsOfBlock.add(cells));
        String[] idsOfBlock = new String[rowsOfBlock.size()];
        long[] hashes = new long[idsOfBlock.length];
        for (int i = 0; i < idsOfBlock.length; i++) {
            idsOfBlock[i] = rowsOfBlock.get(i)[idAt];
            hashes[i] = idsOfBlock[i] == null ? 0 : DuplicateIds.hash(idsOfBlock[i]);
        }
        return new Scored(format(rowsOfBlock).getBytes(StandardCharsets.UTF_8), idsOfBlock, hashes);
    }

    private String format(List<String[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (String[] cells : rows) {
            RowScorer.Result r = scorer.score(cells);
            String id = cells[idAt];
            text(text, SpreadsheetSafe.cell(id), true);
            NumberText.append(text.append(','), r.score()).append(',');
            text(text, SpreadsheetSafe.cell(r.band()), false);
            text.append(',');
            text(text, SpreadsheetSafe.cell(r.segment()), false);
            for (double p : r.points()) {
                NumberText.append(text.append(','), p);
            }
            if (overrides != null) {
                RowOverrides.Row after = overrides.apply(id, r);
                text.append(',');
                text(text, SpreadsheetSafe.cell(r.band()), false);
                text.append(',');
                text(text, SpreadsheetSafe.cell(after.finalBand()), false);
                NumberText.append(text.append(','), after.result().score()).append(',');
                text(text, SpreadsheetSafe.cell(after.note()), false);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * One text cell as FastCSV's writer writes it (a test holds the two together): quoted, quotes doubled, when it
     * holds a comma, quote or line break, or when the record's first cell starts with FastCSV's comment mark. By hand
     * because the writer's per-cell checks were a tenth of `score`'s time; numbers need none.
     */
    static void text(StringBuilder out, String cell, boolean first) {
        boolean quote = first && !cell.isEmpty() && cell.charAt(0) == '#';
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == '"' || c == ',' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(cell);
            return;
        }
        out.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
