package org.healthscore.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizationTest {
    private static final Direction UP = Direction.HIGHER_IS_BETTER;
    private static final Direction DOWN = Direction.LOWER_IS_BETTER;

    @ParameterizedTest(name = "linear 2..6, value {0}: {1} points up, {2} down")
    @CsvSource({"0, 0, 10", "2, 0, 10", "3, 2.5, 7.5", "4, 5, 5", "6, 10, 0", "9, 10, 0"})
    void linearIsClampedAndReversible(double value, double up, double down) {
        Normalization n = Normalization.linear(2, 6);
        assertEquals(up, n.points(value, UP), 1e-12);
        assertEquals(down, n.points(value, DOWN), 1e-12);
    }

    @ParameterizedTest(name = "stepped 5/8, value {0}: {1}")
    @CsvSource({"4.99, 0", "5, 5", "7.9, 5", "8, 10", "100, 10"})
    void steppedThresholdsGive0Or5Or10(double value, double points) {
        assertEquals(points, Normalization.stepped(5, 8).points(value, UP), 1e-12);
    }

    @ParameterizedTest(name = "interpolated 2/4/8, value {0}: {1}")
    @CsvSource({"1, 0", "2, 0", "3, 2.5", "4, 5", "6, 7.5", "8, 10", "9, 10"})
    void interpolatedThresholdsAreLinearBetweenBreakpoints(double value, double points) {
        assertEquals(points, Normalization.interpolated(2, 4, 8).points(value, UP), 1e-12);
    }

    @ParameterizedTest(name = "tickets (lower is better) 10/5/2, value {0}: {1}")
    @CsvSource({"12, 0", "10, 0", "7.5, 2.5", "5, 5", "3.5, 7.5", "2, 10", "0, 10"})
    void lowerIsBetterThresholdsDescend(double value, double points) {
        assertEquals(points, Normalization.interpolated(10, 5, 2).points(value, DOWN), 1e-12);
        assertEquals(value <= 2 ? 10 : value <= 5 ? 5 : 0, Normalization.stepped(5, 2).points(value, DOWN), 1e-12);
    }

    @Test
    void binsMapHalfOpenRangesAndLeaveGapsMissing() {
        var bins = new Normalization.Bins(List.of(new Normalization.Bin(null, 10.0, 0),
                new Normalization.Bin(10.0, 20.0, 6), new Normalization.Bin(30.0, null, 10)));
        assertEquals(0, bins.points(-1e9, UP));
        assertEquals(6, bins.points(10, UP));
        assertEquals(6, bins.points(19.999, UP));
        assertTrue(Double.isNaN(bins.points(25, UP)), "a value in no bin is missing");
        assertEquals(10, bins.points(30, DOWN), "bins ignore direction: their points are explicit");
    }

    @Test
    void categoriesMapToPointsAndUnknownOnesAreMissing() {
        var cat = Normalization.categorical(Map.of("Promoter", 10.0, "Passive", 5.0, "1", 7.0));
        assertEquals(10, cat.pointsFor("Promoter"));
        assertTrue(Double.isNaN(cat.pointsFor("Unknown")));
        assertEquals(7, cat.points(1.0, UP), "numbers match by their plain text");
    }

    @Test
    void missingValuesStayMissing() {
        for (Normalization n : Arrays.asList(Normalization.linear(0, 1), Normalization.stepped(1, 2),
                Normalization.interpolated(0, 1, 2))) {
            assertTrue(Double.isNaN(n.points(Double.NaN, UP)));
        }
    }

    @Test
    void bandLookupUsesLowerBoundsBestFirst() {
        List<Band> d = Bands.descending(Bands.defaults());
        assertEquals("Green", d.get(Bands.indexOf(d, 80.0)).name());
        assertEquals("Yellow", d.get(Bands.indexOf(d, 79.999)).name());
        assertEquals("Red", d.get(Bands.indexOf(d, 0)).name());
        assertEquals("Red", d.get(Bands.indexOf(d, -5)).name(), "below every bound: the lowest band");
        assertEquals(-1, Bands.indexOf(d, Double.NaN));
    }
}
