package org.healthscore.ui.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthscore.engine.RecomputeResult;
import org.healthscore.model.Band;
import org.healthscore.model.Bands;
import org.healthscore.ui.charts.ChartSlide;

/** The subtitle and legend of each Overview chart saved for a slide: what was scored, when, and the colors. */
final class ChartCaptions {
    private LocalDate asOf;

    void setAsOf(LocalDate day) {
        asOf = day;
    }

    /** "Four-metric starter · data as of 2026-10-25 · 2,000 accounts" (and the segment, when one is shown). */
    String subtitle(RecomputeResult r) {
        if (r == null) {
            return "";
        }
        String segment = r.options().filter().isAll() ? "" : " in segment " + r.options().filter().segmentValue();
        return String.format(Locale.ROOT, "%s · data as of %s · %,d accounts%s", r.model().name(),
                asOf == null ? "?" : asOf, r.evaluation().accounts(), segment);
    }

    ChartSlide.Caption plain(RecomputeResult r) {
        return new ChartSlide.Caption(subtitle(r), List.of());
    }

    /** Each band in its color, best first. */
    ChartSlide.Caption bands(RecomputeResult r) {
        return new ChartSlide.Caption(subtitle(r), bandEntries(r));
    }

    /** The bands' colors (the chart's own legend says how a bar's shades split it by outcome). */
    ChartSlide.Caption histogram(RecomputeResult r) {
        return bands(r);
    }

    ChartSlide.Caption roc(RecomputeResult r) {
        String auc = r == null || Double.isNaN(r.evaluation().auc()) ? ""
                : String.format(Locale.ROOT, " (AUC %.3f)", r.evaluation().auc());
        return new ChartSlide.Caption(subtitle(r), List.of(new ChartSlide.LegendEntry("#1f6feb", "this model" + auc),
                new ChartSlide.LegendEntry("#8c959f", "a random guess (AUC 0.500)")));
    }

    private static List<ChartSlide.LegendEntry> bandEntries(RecomputeResult r) {
        if (r == null) {
            return List.of();
        }
        List<ChartSlide.LegendEntry> out = new ArrayList<>();
        for (Band b : Bands.descending(r.bands())) {
            out.add(new ChartSlide.LegendEntry(b.color(), b.name() + " (from " + Math.round(b.lowerBound()) + ")"));
        }
        return out;
    }
}
