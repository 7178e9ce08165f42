package org.healthscore.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.healthscore.store.WindowMemory.Placement;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @Test
    void atFirstStartTheWindowTakesMostOfALargeScreenCentred() {
        assertEquals(new Rectangle2D(96, 52, 1728, 936), WindowPlacement.firstStart(FULL_HD));
    }

    @Test
    void onASmallScreenItIsAtLeastWideEnoughForTheChartsButNeverLargerThanTheScreen() {
        Rectangle2D b = WindowPlacement.firstStart(LAPTOP);
        assertEquals(1280, b.getWidth());
        assertEquals(728, b.getHeight(), "820 does not fit: the screen's height");
        assertEquals(43, b.getMinX());
        assertEquals(0, b.getMinY());
    }

    @Test
    void aSavedPlacementOnAScreenIsUsedAndOneOnAMonitorNoLongerThereIsNot() {
        Rectangle2D secondMonitor = new Rectangle2D(1920, 0, 1920, 1040);
        Placement onSecond = new Placement(2100, 30, 1400, 900, false);
        assertEquals(onSecond, WindowPlacement.choose(Optional.of(onSecond), List.of(FULL_HD, secondMonitor),
                FULL_HD));
        Placement fallback = WindowPlacement.choose(Optional.of(onSecond), List.of(FULL_HD), FULL_HD);
        assertEquals(new Placement(96, 52, 1728, 936, false), fallback, "second monitor unplugged");
        assertEquals(fallback, WindowPlacement.choose(Optional.empty(), List.of(FULL_HD), FULL_HD));
    }
}
