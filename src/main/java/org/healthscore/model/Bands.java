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

    /**
     * The bands with band {@code index}'s lower edge moved to {@code value}, rounded to a whole score and kept
     * between its neighbours' edges (at least 1 apart), so the bands keep their order while an edge is dragged.
     */
    public static List<Band> withEdge(List<Band> descending, int index, double value) {
        List<Band> bands = new java.util.ArrayList<>(descending);
        double lo = index < bands.size() - 1 ? bands.get(index + 1).lowerBound() + 1 : 0;
        double hi = index > 0 ? bands.get(index - 1).lowerBound() - 1 : 100;
        double bound = Math.max(lo, Math.min(hi, Math.round(value)));
        Band b = bands.get(index);
        bands.set(index, new Band(b.name(), bound, b.color(), b.playbook()));
        return List.copyOf(bands);
    }
}
