package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.io.NumberOutput;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The numbers `score` writes: every text reads back as the same double, and is the text Schubfach (Jackson's, as
 * Java 19's Double.toString) gives — the fast paths for whole numbers and short decimals included — checked on
 * values of every shape; and the text cells are quoted as FastCSV's writer quotes them.
 */
class NumberTextTest {
    @Test
    void everyShapeOfNumberReadsBackAndIsTheShortestText() {
        Random random = new Random(7);
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 6) {
                case 0 -> random.nextInt(2_000_001) / Math.pow(10, random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
                case 1 -> random.nextDouble() * 100; // a score
                case 2 -> random.nextInt(41) / 4.0; // points 0-10 in quarters
                case 3 -> Double.longBitsToDouble(random.nextLong());
                case 4 -> (random.nextInt(20_000) - 10_000) * Math.pow(10, random.nextInt(30) - 15);
                default -> random.nextInt(1000) / 1000.0 + random.nextInt(10_000_000);
            };
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String text = NumberText.of(v);
            assertEquals(v, Double.parseDouble(text), 0.0, text);
            String expected = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.1f", v)
                    : NumberOutput.toString(v, true);
            assertEquals(expected, text, "for " + Double.doubleToRawLongBits(v));
        }
        assertEquals("", NumberText.of(Double.NaN));
        assertEquals("-0.0", NumberText.of(-0.0));
        assertEquals("10000000.0", NumberText.of(1e7));
        assertEquals("0.001", NumberText.of(0.001));
        assertEquals("1.0E-4", NumberText.of(0.0001));
        assertEquals("-6.25", NumberText.of(-6.25));
        assertEquals("0.05", NumberText.of(0.05));
    }

    @Test
    void textCellsAreQuotedAsFastCsvQuotesThem() throws Exception {
        String[] cells = {"plain", "Smith, Jane", "say \"hi\"", "two\nlines", "cr\rhere", "#first", "", "é ñ", "\"",
            "a#b"};
        for (String cell : cells) {
            for (boolean first : new boolean[] {true, false}) {
                StringBuilder mine = new StringBuilder();
                if (!first) {
                    mine.append("x,");
                }
                ParallelScoring.text(mine, cell, first);
                StringWriter theirs = new StringWriter();
                try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(theirs)) {
                    if (first) {
                        w.writeRecord(cell);
                    } else {
                        w.writeRecord("x", cell);
                    }
                }
                assertEquals(theirs.toString(), mine.append('\n').toString(), "'" + cell + "' first: " + first);
            }
        }
    }
}
