package org.healthscore.ui.charts;

import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;

/**
 * Axis ranges that hold still while a slider moves. An auto-ranging axis recomputes its ticks (new tick labels,
 * CSS, layout) whenever the data changes, which is most of a frame's FX-thread time during a drag; these
 * axes change range only when the data outgrows it or shrinks below 40 % of it, to a round number.
 */
final class StickyAxis {
    private StickyAxis() {
    }

    /** A value axis from 0 that fits {@code max} with some headroom. */
    static void fit(NumberAxis axis, double max) {
        fit(axis, max, Double.POSITIVE_INFINITY);
    }

    /** A percentage axis: as {@link #fit(NumberAxis, double)}, never above 100 %. */
    static void fitPercent(NumberAxis axis, double max) {
        fit(axis, max, 100);
    }

    private static void fit(NumberAxis axis, double max, double cap) {
        axis.setAutoRanging(false);
        double upper = axis.getUpperBound();
        // the first fit sets the range whatever the axis had (its defaults, or an auto-range)
        boolean ours = axis.getProperties().put(StickyAxis.class, Boolean.TRUE) != null;
        boolean fits = max <= upper && (max >= 0.4 * upper || upper <= 1) && upper <= cap;
        if (ours && fits) {
            return;
        }
        double wanted = Math.max(max, 1e-9) * 1.1;
        double step = niceStep(Math.min(wanted, cap) / 5); // four to five ticks
        axis.setLowerBound(0);
        axis.setUpperBound(Math.min(cap, step * Math.ceil(wanted / step)));
        axis.setTickUnit(step);
    }

    /** A category axis showing exactly these categories, re-laid out only when they change. */
    static void categories(CategoryAxis axis, List<String> categories) {
        axis.setAutoRanging(false);
        if (!axis.getCategories().equals(categories)) {
            axis.getCategories().setAll(categories);
        }
    }

    /** The smallest of 1, 2, 2.5 and 5 × 10ᵏ that is at least {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw * (1 - 1e-12)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
