package org.healthscore.model;

import java.util.Comparator;
import java.util.List;

/** Band lookup rules shared by the engine and every exporter. */
public final class Bands {
    private Bands() {
    }

    public static List<Band> defaults() {
        return List.of(
                new Band("Green", 80, "#2e9d5b", "Healthy: look for expansion and advocacy."),
                new Band("Yellow", 60, "#e3b505", "Watch: confirm value, check usage trends at the next touchpoint."),
                new Band("Orange", 40, "#ee7d22", "At risk: CSM plan within two weeks, involve the sponsor."),
                new Band("Red", 0, "#d1383d", "Critical: escalation and a save plan now."));
    }

    /** Highest lower bound first: the order in which a score is matched. */
    public static List<Band> descending(List<Band> bands) {
        return bands.stream().sorted(Comparator.comparingDouble(Band::lowerBound).reversed()).toList();
    }

    /**
     * Index (in the descending list) of the band a score falls in: the first whose lower bound is ≤ score;
     * a score below every bound falls in the lowest band. NaN (unscored) returns -1.
     */
    public static int indexOf(List<Band> descending, double score) {
        if (Double.isNaN(score)) {
            return -1;
        }
        for (int b = 0; b < descending.size(); b++) {
            if (score >= descending.get(b).lowerBound()) {
                return b;
            }
        }
        return descending.size() - 1;
    }
}
