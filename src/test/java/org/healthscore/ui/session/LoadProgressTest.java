package org.healthscore.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadProgressTest {
    @Test
    void theStatusLineChangesOncePerPercentWithRowsInMillions() {
        List<String> shown = new ArrayList<>();
        LoadProgress p = new LoadProgress("Opening big.hsw", shown::add, Runnable::run);
        p.progress(0, 52_400_000);
        p.progress(100_000, 52_400_000); // still 0 %
        p.progress(12_100_000, 52_400_000);
        p.progress(52_400_000, 52_400_000);
        assertEquals(List.of("Opening big.hsw… 0 % (0 of 52.4 M rows read)",
                "Opening big.hsw… 23 % (12.1 M of 52.4 M rows read)",
                "Opening big.hsw… 100 % (52.4 M of 52.4 M rows read)"), shown);
    }
}
