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
}
