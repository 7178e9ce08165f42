package org.healthscore.io.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.store.CsvFormat;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.FormatChoice;

/**
 * A one-row-per-account CSV file cut into blocks of whole records, so that several threads can parse it: the
 * reading thread only decodes the text and finds where records end (by FastCSV's own quoting rules, below); each
 * block is then parsed by FastCSV on whichever thread takes it, by the rules {@link SnapshotRows} reads with (the
 * import's encoding, delimiter, decimal comma and missing tokens; a row of the wrong width is an error naming its
 * line). FastCSV alone reads on one thread, which made `score` three times slower than DuckDB.
 */
public final class CsvBlocks implements AutoCloseable {
    /** Whole records, and how many characters of the file come before them. */
    public record Block(String text, long offset) {
    }

    /**
     * Receives one block's rows in file order: the cells of the columns asked for, in their order, and the line the
     * row starts on counted from the block's start (1).
     */
    @FunctionalInterface
    public interface RowSink {
        void row(long lineInBlock, String[] cells);
    }

    private static final int BLOCK_CHARS = 1 << 16; // 64K characters: a block and its output stay in a core's cache
    private final Path file;
    private final CsvFormat format;
    private final Reader in;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    /** The first characters of the missing-value tokens (ASCII), so that most cells skip the token lookup. */
    private final boolean[] tokenStarts = new boolean[128];
    /** The longest row read (the buffer grows to it by doubling): bounded memory on a quote never closed. */
    private final long maxRecordChars;
    private char[] buf;
    private int len;
    private long offset;
    private boolean eof;

    private CsvBlocks(Path file, CsvFormat format, Reader in, int blockChars) throws IOException {
        this.buf = new char[blockChars];
        this.maxRecordChars = (long) blockChars << 8; // 16M characters, FastCSV's own limit for one field
        this.file = file;
        this.format = format;
        this.in = in;
        for (String token : format.missing()) {
            if (!token.isEmpty() && token.charAt(0) < 128) {
                tokenStarts[token.charAt(0)] = true;
            }
        }
        Block first = cut(true);
        if (first == null) {
            throw new IOException(file.getFileName() + " is empty: there is no header row");
        }
        List<String> fields = records(first.text()).iterator().next().getFields();
        this.header = fields.stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
    }

    /**
     * Opens {@code file} with the import's reading rules ({@code missingTokens} null for the defaults) and checks its
     * header has every {@code required} column.
     */
    public static CsvBlocks open(Path file, Set<String> required, Set<String> missingTokens) throws IOException {
        return open(file, required, missingTokens, BLOCK_CHARS);
    }

    /** As {@link #open(Path, Set, Set)} with blocks of about {@code blockChars} characters (tests cut tiny ones). */
    static CsvBlocks open(Path file, Set<String> required, Set<String> missingTokens, int blockChars)
            throws IOException {
        CsvFormat format = CsvSniffer.sniff(file, "scored", FormatChoice.AUTO.withMissing(missingTokens)).spec().format();
        Reader in = CsvSniffer.openLenient(file, format.charset());
        try {
            CsvBlocks blocks = new CsvBlocks(file, format, in, blockChars);
            List<String> missing = required.stream().filter(c -> !blocks.index.containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new IOException(file.getFileName() + " has no column " + String.join(", ", missing)
                        + " (its columns: " + String.join(", ", blocks.header) + ")");
            }
            return blocks;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public List<String> header() {
        return header;
    }

    /** The next block of whole records, or null at the end of the file. Called on one thread. */
    public Block next() throws IOException {
        return cut(false);
    }

    /** Parses one block (on any thread), giving each data row's cells of {@code columns}. */
    public void rows(Block block, List<String> columns, RowSink sink) throws IOException {
        int[][] slots = new int[header.size()][0]; // for each field of a record, where its text goes
        for (int j = 0; j < columns.size(); j++) {
            Integer field = index.get(columns.get(j));
            if (field != null) {
                slots[field] = Arrays.copyOf(slots[field], slots[field].length + 1);
                slots[field][slots[field].length - 1] = j;
            }
        }
        try (CsvReader<CellsHandler.Cells> records = CsvReader.builder().fieldSeparator(format.delimiter())
                .quoteCharacter(format.quote()).ignoreDifferentFieldCount(true)
                .build(new CellsHandler(slots, columns.size(), this::cell), block.text())) {
            for (CellsHandler.Cells r : records) {
                if (r.fields() == 1 && r.blankFirst()) {
                    continue;
                }
                if (r.fields() != header.size()) {
                    throw new IOException(file.getFileName() + " line " + (lineAt(block.offset()) + r.line() - 1)
                            + " has " + r.fields() + " fields, the header has " + header.size());
                }
                sink.row(r.line(), r.cells());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link SnapshotRows#cell}, skipping the token lookup for a cell that starts with a visible ASCII character
     * no token starts with: stripped, it still starts with it, so it is no token (most numbers and ids).
     */
    private String cell(String raw) {
        if (!raw.isEmpty() && !format.decimalComma()) {
            char first = raw.charAt(0);
            if (first > ' ' && first < 128 && !tokenStarts[first]) {
                return raw;
            }
        }
        return SnapshotRows.cell(raw, format);
    }

    private CsvReader<CsvRecord> records(String text) { // the header
        return CsvReader.builder().fieldSeparator(format.delimiter()).quoteCharacter(format.quote())
                .ignoreDifferentFieldCount(true).ofCsvRecord(text);
    }

    /** Removes the first {@code end} characters from the buffer as a block ({@code filled}: the buffer as text). */
    private Block take(int end, String filled) {
        String text = filled == null ? new String(buf, 0, end) : end == len ? filled : filled.substring(0, end);
        Block b = new Block(text, offset);
        System.arraycopy(buf, end, buf, 0, len - end);
        len -= end;
        offset += end;
        return b;
    }

    /**
     * The line FastCSV numbers the character at {@code offset} with: counted only for a message (a row of the wrong
     * width), by reading the file again, so that the reading thread need not count lines as it cuts.
     */
    private long lineAt(long offset) throws IOException {
        RecordScan scan = new RecordScan(format.delimiter(), format.quote());
        try (Reader again = CsvSniffer.openLenient(file, format.charset())) {
            char[] chunk = new char[1 << 16];
            long at = 0;
            for (int n = again.read(chunk); n > 0 && at < offset; n = again.read(chunk)) {
                for (int i = 0; i < n && at < offset; i++, at++) {
                    scan.next(chunk[i]);
                }
            }
        }
        return 1 + scan.lines();
    }

    /**
     * Fills the buffer and cuts off its whole records (or only the {@code first} record); null when nothing is left.
     * A record longer than the buffer grows it; at the end of the file the rest is the last record.
     */
    private Block cut(boolean first) throws IOException {
        while (true) {
            while (!eof && len < buf.length) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            if (len == 0) {
                return null;
            }
            String filled = null;
            int end;
            if (first) {
                end = recordEnd(buf, len, true);
            } else {
                // most files quote nothing: then the last line break ends the last whole record, found without
                // reading the block character by character (String.indexOf is vectorized)
                filled = new String(buf, 0, len);
                end = filled.indexOf(format.quote()) < 0 ? lastBreak() : recordEnd(buf, len, false);
            }
            if (end > 0 || eof) {
                return take(end > 0 ? end : len, filled);
            }
            if ((long) buf.length * 2 > maxRecordChars) {
                throw new IOException(file.getFileName() + " line " + lineAt(offset) + ": a row runs on for more than "
                        + String.format(java.util.Locale.ROOT, "%,d", buf.length)
                        + " characters (a quote that is never closed?)");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
    }

    /** Where the buffer's last line break ends (0: none), not taking a CR as its last character (an LF may follow). */
    private int lastBreak() {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n' || buf[i] == '\r' && i + 1 < len) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Where the last (or {@code first}) record ending in {@code b[0, n)} ends by {@link RecordScan}'s rules, 0 if none
     * does. A CR as the buffer's last character is not taken as an end, as the LF that may follow belongs to it.
     */
    private int recordEnd(char[] b, int n, boolean first) {
        RecordScan scan = new RecordScan(format.delimiter(), format.quote());
        int end = 0;
        for (int i = 0; i < n; i++) {
            if (scan.next(b[i])) {
                if (b[i] == '\n' || i + 1 < n && b[i + 1] != '\n') {
                    end = i + 1;
                } else if (i + 1 < n) {
                    end = i + 2; // CR LF
                }
                if (first && end > 0) {
                    return end;
                }
            }
        }
        return end;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
