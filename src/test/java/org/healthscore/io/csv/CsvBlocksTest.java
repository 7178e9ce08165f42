package org.healthscore.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.healthscore.testing.RealShapedExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blocks `score` parses on several threads give exactly the rows (and the errors) that FastCSV reading the file
 * on one thread gives through {@link SnapshotRows}: the second reader is the oracle, on real-shaped exports and on
 * random files full of quotes, line breaks of every kind and stray characters, cut into blocks of a few characters
 * so that every cut a reader can meet is met.
 */
class CsvBlocksTest {
    @TempDir
    Path dir;

    /** What a reader made of a file: each row's cells, or the one-line error it stopped with. */
    private record Reading(List<String> rows, String error) {
    }

    @Test
    void realShapedExportsReadAsOneThreadReadsThem() throws IOException {
        Path r = dir.resolve("r.csv");
        RealShapedExports.rWriteCsv(r, 3_000, 1);
        Path sheet = dir.resolve("sheet.csv");
        RealShapedExports.spreadsheet(sheet, 3_000, 2);
        Path noId = dir.resolve("no-id.csv");
        RealShapedExports.withoutIdColumn(noId, 3_000, 3);
        for (Path file : List.of(r, sheet, noId)) {
            List<String> columns = header(file);
            for (int block : new int[] {16, 100, 4096, 1 << 18}) {
                Reading expected = oneThread(file, columns);
                Reading blocks = inBlocks(file, columns, block);
                assertEquals(3_000, expected.rows().size(), file.getFileName().toString());
                assertEquals(expected, blocks, file.getFileName() + " in blocks of " + block);
            }
        }
    }

    @Test
    void quotedBreaksStrayQuotesAndEveryLineEndingAgreeWithTheOneThreadReader() throws IOException {
        String text = "id,name,score\r\n"
                + "A1,\"Smith, Jane\",5\r\n"
                + "A2,\"two\nlines\",6\n"
                + "A3,\"say \"\"hi\"\"\",7\r"
                + "A4,12\" pipe,8\n"
                + "\n"
                + "A5,\"\",NA\r\n"
                + "\"A6\",\"x\"y,9\n"
                + "A7,\"cr\rinside\",10";
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
        Reading expected = oneThread(file, List.of("score", "name", "id"));
        assertEquals(7, expected.rows().size());
        assertEquals("[say \"hi\"]", Arrays.toString(new String[] {expected.rows().get(2).split("\\|")[1]}));
        for (int block = 1; block < 40; block++) {
            assertEquals(expected, inBlocks(file, List.of("score", "name", "id"), block), "blocks of " + block);
        }
    }

    @Test
    void utf16TextAndBrokenUtf8BytesReadAsTheOneThreadReaderReadsThem() throws IOException {
        // UTF-16 (a spreadsheet's "Unicode text") is cut as characters; UTF-8 as bytes, decoded by the worker
        String text = "id,name,score\nA1,Zoë,5\nA2,\"Ünal, \nJr\",6\nA3,naïve,7\n";
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Path broken = dir.resolve("broken.csv");
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 9);
        System.arraycopy(new byte[] {'A', '4', ',', (byte) 0xC3, (byte) 0x28, 'x', ',', '8', '\n'}, 0, bad, good.length,
                9); // an invalid two-byte sequence: the lenient reading's replacement character, then "(x"
        Files.write(broken, bad);
        for (Path file : List.of(utf16, broken)) {
            Reading expected = oneThread(file, List.of("id", "name", "score"));
            for (int block = 2; block < 30; block += 3) {
                assertEquals(expected, inBlocks(file, List.of("id", "name", "score"), block), file + " / " + block);
            }
        }
        assertEquals("A2|Ünal, \nJr|6", oneThread(utf16, List.of("id", "name", "score")).rows().get(1));
        assertEquals("A4|\uFFFD(x|8", oneThread(broken, List.of("id", "name", "score")).rows().get(3));
    }

    @Test
    void aRowOfTheWrongWidthIsNamedByItsLineAsTheOneThreadReaderNamesIt() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "id,a,b\n1,\"x\ny\",2\n2,3,4\r\n3,4\n4,5,6\n");
        Reading expected = oneThread(file, List.of("id", "b"));
        assertEquals("short.csv line 5 has 2 fields, the header has 3", expected.error());
        for (int block = 2; block < 30; block++) {
            assertEquals(expected, inBlocks(file, List.of("id", "b"), block), "blocks of " + block);
        }
    }

    @Test
    void aQuoteNeverClosedStopsAtTheLongestRowWithItsLineNotAtTheEndOfMemory() throws IOException {
        Path file = dir.resolve("unclosed.csv");
        StringBuilder text = new StringBuilder("id,note,score\n1,fine,5\n2,\"never closed,6\n");
        for (int i = 3; i < 2_000; i++) {
            text.append(i).append(",more,7\n");
        }
        Files.writeString(file, text);
        Reading blocks = inBlocks(file, List.of("id", "score"), 16); // rows of at most 4,096 characters
        assertEquals("unclosed.csv line 3: a row runs on for more than 4,096 characters (a quote that is never "
                + "closed?)", blocks.error());
    }

    @Test
    void randomFilesReadAlikeRowForRowAndErrorForError() throws IOException {
        Random random = new Random(20261201);
        int withoutError = 0;
        for (int n = 0; n < 600; n++) {
            String body = n % 3 == 0 ? soup(random) : rows(random);
            Path file = dir.resolve("random-" + n + ".csv");
            Charset charset = n % 5 == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            Files.writeString(file, body, charset);
            Reading expected = oneThread(file, List.of("c", "id"));
            withoutError += expected.error() == null ? 1 : 0;
            Reading blocks = inBlocks(file, List.of("c", "id"), 1 + random.nextInt(48));
            assertEquals(expected, blocks, "file " + n + ": " + body.replace("\r", "\\r").replace("\n", "\\n"));
        }
        assertTrue(withoutError > 300, "most random files of rows must read without an error: " + withoutError);
    }

    /** A header and rows of three fields: quoted ones holding anything, bare ones with stray quotes, mixed breaks. */
    private static String rows(Random random) {
        String[] breaks = {"\n", "\r\n", "\r"};
        StringBuilder out = new StringBuilder("id,b,c").append(breaks[random.nextInt(3)]);
        int rows = random.nextInt(12);
        for (int r = 0; r < rows; r++) {
            int fields = random.nextInt(40) == 0 ? 2 : 3; // now and then a row of the wrong width
            for (int f = 0; f < fields; f++) {
                out.append(f > 0 ? "," : "").append(field(random));
            }
            if (r < rows - 1 || random.nextBoolean()) {
                out.append(breaks[random.nextInt(3)]);
            }
        }
        return out.toString();
    }

    private static String field(Random random) {
        char[] anything = {'x', '7', ',', '"', '\n', '\r', ' ', 'é', ';', '.'};
        char[] bare = {'x', '7', ' ', 'é', '-', '.'};
        StringBuilder f = new StringBuilder();
        int length = random.nextInt(6);
        if (random.nextInt(3) == 0) {
            f.append('"');
            for (int i = 0; i < length; i++) {
                char c = anything[random.nextInt(anything.length)];
                f.append(c == '"' ? "\"\"" : String.valueOf(c));
            }
            return f.append('"').toString();
        }
        for (int i = 0; i < length; i++) {
            f.append(i > 0 && random.nextInt(8) == 0 ? '"' : bare[random.nextInt(bare.length)]);
        }
        return f.toString();
    }

    /** A header and random characters: mostly rows of the wrong width, to hold the errors alike. */
    private static String soup(Random random) {
        char[] alphabet = {'x', '7', '.', ',', ',', '"', '"', '\n', '\n', '\r', ' ', ';', 'é', '-'};
        StringBuilder body = new StringBuilder("id,b,c\n");
        int length = random.nextInt(300);
        for (int i = 0; i < length; i++) {
            body.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return body.toString();
    }

    private static List<String> header(Path file) throws IOException {
        try (CsvBlocks blocks = CsvBlocks.open(file, Set.of(), null)) {
            return blocks.header();
        }
    }

    private static Reading oneThread(Path file, List<String> columns) {
        List<String> rows = new ArrayList<>();
        try {
            SnapshotRows.read(file, Set.copyOf(columns), null, row -> rows.add(String.join("|",
                    columns.stream().map(c -> String.valueOf(row.cells().apply(c))).toList())));
            return new Reading(rows, null);
        } catch (IOException e) {
            return new Reading(List.of(), e.getMessage());
        }
    }

    private static Reading inBlocks(Path file, List<String> columns, int blockChars) {
        List<String> rows = new ArrayList<>();
        try (CsvBlocks blocks = CsvBlocks.open(file, Set.copyOf(columns), null, blockChars)) {
            for (CsvBlocks.Block b = blocks.next(); b != null; b = blocks.next()) {
                blocks.rows(b, columns, (line, cells) -> rows.add(String.join("|",
                        Arrays.stream(cells).map(String::valueOf).toList())));
            }
            return new Reading(rows, null);
        } catch (IOException e) {
            return new Reading(List.of(), e.getMessage());
        }
    }
}
