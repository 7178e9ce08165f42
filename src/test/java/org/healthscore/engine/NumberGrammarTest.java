package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The number grammar of docs/MODEL_FORMAT.md, [+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?, case by case. */
class NumberGrammarTest {
    @Test
    void numbersByTheGrammarAndNothingElse() {
        String[][] numbers = {{"7", "7"}, {"-3", "-3"}, {"+2.5", "2.5"}, {".5", "0.5"}, {"5.", "5"}, {"1e3", "1000"},
            {"1E-3", "0.001"}, {"6.02e+23", "6.02e23"}, {"  42  ", "42"}, {"007", "7"}};
        for (String[] n : numbers) {
            assertEquals(Double.parseDouble(n[1]), RowScorer.number(n[0]), 0, n[0]);
        }
        for (String not : new String[] {"", " ", ".", "-", "+", "e5", "1e", "1e+", "--1", "1.2.3", "2f", "1d", "0x1p3",
            "Infinity", "-Infinity", "NaN", "1,234", "12 %", "1_000", "\u0661", "1 2"}) {
            assertTrue(Double.isNaN(RowScorer.number(not)), "not a number: '" + not + "'");
        }
    }

    @Test
    void plainDecimalsReadAtOnceAreWhatDoubleParseDoubleReads() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(17);
            StringBuilder t = new StringBuilder(random.nextInt(4) == 0 ? "-" : random.nextInt(8) == 0 ? "+" : "");
            int point = random.nextInt(digits + 2) - 1; // -1: no point
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    t.append('.');
                }
                t.append((char) ('0' + random.nextInt(10)));
            }
            if (point == digits) {
                t.append('.');
            }
            String text = t.toString();
            assertEquals(Double.parseDouble(text), RowScorer.number(text), 0.0, text);
            double fast = RowScorer.plainDecimal(text);
            if (digits <= 15) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast),
                        text);
            } else {
                assertTrue(Double.isNaN(fast), "more than 15 digits take the full parser: " + text);
            }
        }
    }
}
