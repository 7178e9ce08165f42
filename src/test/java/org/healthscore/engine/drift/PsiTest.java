package org.healthscore.engine.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Population stability by hand: deciles of the reference, empty bins, categories, "other" and missing. */
class PsiTest {
    private static double term(double from, double to) {
        double p = Math.max(from, Psi.EMPTY_SHARE);
        double q = Math.max(to, Psi.EMPTY_SHARE);
        return (q - p) * Math.log(q / p);
    }

    /**
     * Reference 1 … 10: its deciles make ten bins of 10 % each (≤ 1, 1 – 2, …, > 9). Now five accounts at 1 and one
     * each at 6 … 10: the first bin holds 50 %, four bins none (each counts as 0.01 %), five keep 10 %.
     * PSI = (0.5 − 0.1) ln 5 + 4 × (0.0001 − 0.1) ln(0.0001 / 0.1) = 0.643775 + 2.760339 = 3.404114: shifted.
     */
    @Test
    void decilesOfTheReferenceWithEmptyBins() {
        Psi psi = Psi.numeric(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new double[] {1, 1, 1, 1, 1, 6, 7, 8, 9, 10});
        assertEquals(10, psi.bins().size());
        assertEquals("≤ 1", psi.bins().get(0).label());
        assertEquals("> 9", psi.bins().get(9).label());
        assertEquals(0.5, psi.bins().get(0).to(), 1e-12);
        assertEquals(0.0, psi.bins().get(1).to(), 1e-12);
        assertEquals(3.404114, psi.value(), 1e-6);
        assertEquals(0.4 * Math.log(5) + 4 * term(0.1, 0), psi.value(), 1e-12);
        assertEquals(Psi.Reading.SHIFTED, psi.reading());
    }

    /**
     * Repeated values make fewer bins; missing values have their own. Reference: 0 ×4, 5 ×4, NaN ×2 → bins ≤ 0
     * (40 %), > 0 (40 %), missing (20 %). Now: 0 ×5, 5 ×4, NaN ×1 → 50 %, 40 %, 10 %.
     * PSI = 0.1 ln(1.25) + 0 + (−0.1) ln(0.5) = 0.022314 + 0.069315 = 0.091629: stable.
     */
    @Test
    void repeatedValuesAndMissingOnes() {
        double n = Double.NaN;
        Psi psi = Psi.numeric(new double[] {0, 0, 0, 0, 5, 5, 5, 5, n, n}, new double[] {0, 0, 0, 0, 0, 5, 5, 5, 5, n});
        assertEquals(List.of("≤ 0", "> 0", "missing"), psi.bins().stream().map(Psi.Bin::label).toList());
        assertEquals(0.1 * Math.log(1.25) - 0.1 * Math.log(0.5), psi.value(), 1e-12);
        assertEquals(0.091629, psi.value(), 1e-6);
        assertEquals(Psi.Reading.STABLE, psi.reading());
    }

    /**
     * Categories: reference A ×6, B ×3, missing ×1; now A ×3, B ×3, C ×3 (C unseen in the reference: "other"),
     * missing ×1. Shares from / to: A .6 / .3, B .3 / .3, other 0 / .3, missing .1 / .1.
     * PSI = (−0.3) ln 0.5 + 0 + (0.3 − 0.0001) ln(0.3 / 0.0001) + 0 = 0.207944 + 2.401110 = 2.609054.
     */
    @Test
    void categoriesWithAnUnseenOneAndMissing() {
        Psi psi = Psi.categorical(new String[] {"A", "A", "A", "A", "A", "A", "B", "B", "B", null},
                new String[] {"A", "A", "A", "B", "B", "B", "C", "C", "C", null});
        assertEquals(List.of("A", "B", "other", "missing"), psi.bins().stream().map(Psi.Bin::label).toList());
        assertEquals(-0.3 * Math.log(0.5) + term(0, 0.3), psi.value(), 1e-12);
        assertEquals(2.609054, psi.value(), 1e-6);
    }

    @Test
    void theSameDistributionHasNoShiftAndTheReadingsFollowTheUsualBounds() {
        double[] v = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        assertEquals(0, Psi.numeric(v, v.clone()).value(), 1e-15);
        assertEquals(Psi.Reading.STABLE, new Psi(0.099, List.of()).reading());
        assertEquals(Psi.Reading.SOME_SHIFT, new Psi(0.1, List.of()).reading());
        assertEquals(Psi.Reading.SOME_SHIFT, new Psi(0.25, List.of()).reading());
        assertEquals(Psi.Reading.SHIFTED, new Psi(0.2501, List.of()).reading());
    }
}
