package org.healthscore.io.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.healthscore.data.Outcome;
import org.junit.jupiter.api.Test;

/** The weight check's sample on a large workspace: exactly as many known outcomes as asked, each one kept as it was. */
class WeightCheckSampleTest {
    @Test
    void keepsExactlyTheAskedNumberOfKnownOutcomesUnchangedAndTheSameEachTime() {
        byte[] outcome = new byte[10_000];
        int known = 0;
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = i % 3 == 0 ? Outcome.UNKNOWN : i % 7 == 0 ? Outcome.CHURNED : Outcome.RETAINED;
            known += outcome[i] == Outcome.UNKNOWN ? 0 : 1;
        }
        byte[] sample = ReportFigures.sample(outcome, known, 1_000, 7);
        int kept = 0;
        int churned = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (sample[i] != Outcome.UNKNOWN) {
                kept++;
                churned += sample[i] == Outcome.CHURNED ? 1 : 0;
                assertEquals(outcome[i], sample[i], "a kept outcome is the account's own");
            }
        }
        assertEquals(1_000, kept);
        // about one known outcome in seven... is churned (i % 7 among i % 3 != 0): a fair sample keeps that share
        assertTrue(churned > 100 && churned < 190, "churned in the sample: " + churned);
        assertArrayEquals(sample, ReportFigures.sample(outcome, known, 1_000, 7), "seeded: the same sample each time");
        assertSame(outcome, ReportFigures.sample(outcome, known, known, 7), "no more known than asked: all of them");
    }
}
