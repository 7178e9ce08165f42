package org.healthscore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.healthscore.data.DataColumn;
import org.healthscore.model.Direction;
import org.healthscore.model.Normalization;
import org.junit.jupiter.api.Test;

class PercentileBinsTest {
    @Test
    void quartilesOfOneToEightFreezeAsFourBins() {
        DataColumn c = DataColumn.numeric("x", new double[] {8, 1, 7, 2, Double.NaN, 6, 3, 5, 4});
        Normalization.Bins bins = PercentileBins.of(c, 4, Direction.HIGHER_IS_BETTER);
        // sorted 1..8, n = 8: cut points at positions 2, 4, 6 → values 3, 5, 7
        assertEquals(List.of(new Normalization.Bin(null, 3.0, 0.0), new Normalization.Bin(3.0, 5.0, 10.0 / 3),
                new Normalization.Bin(5.0, 7.0, 20.0 / 3), new Normalization.Bin(7.0, null, 10.0)), bins.bins());
        assertEquals(0.0, bins.points(2.9, Direction.HIGHER_IS_BETTER));
        assertEquals(10.0, bins.points(100, Direction.HIGHER_IS_BETTER));
    }

    @Test
    void lowerIsBetterReversesThePointsAndTiesMergeCutPoints() {
        DataColumn c = DataColumn.numeric("tickets", new double[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 9});
        Normalization.Bins bins = PercentileBins.of(c, 5, Direction.LOWER_IS_BETTER);
        // positions 2, 4, 6, 8 → 0, 0, 1, 3: the zeros give no cut, so three bins remain
        assertEquals(List.of(new Normalization.Bin(null, 1.0, 10.0), new Normalization.Bin(1.0, 3.0, 5.0),
                new Normalization.Bin(3.0, null, 0.0)), bins.bins());
    }
}
