package org.healthscore.engine.overrides;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.RowScorer;
import org.healthscore.model.HealthModel;

/**
 * The overrides of {@link AppliedOverrides} for `score`'s streamed rows: the same rules (those that hold on the
 * day, newest of each kind winning, points then band) one row at a time. Thread-safe once built.
 */
public final class RowOverrides {
    /** A row after its overrides: its final score and band, and the newest applied override's note ("" none). */
    public record Row(RowScorer.Result result, String finalBand, String note) {
    }

    private final Map<String, List<CsmOverride>> byAccount = new HashMap<>();
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final RowScorer scorer;
    private final int day;

    public RowOverrides(HealthModel model, RowScorer scorer, List<CsmOverride> overrides, int day) {
        this.scorer = scorer;
        this.day = day;
        for (int j = 0; j < model.metrics().size(); j++) {
            metricIndex.put(model.metrics().get(j).key(), j);
        }
        for (CsmOverride o : overrides) {
            if (o.appliesOn(day)) {
                byAccount.computeIfAbsent(o.accountId(), k -> new ArrayList<>()).add(o);
            }
        }
        byAccount.values().forEach(l -> l.sort(Comparator.comparingLong(CsmOverride::id)));
    }

    /** How many accounts have an override that holds on the day. */
    public int accounts() {
        return byAccount.size();
    }

    public int day() {
        return day;
    }

    public Row apply(String accountId, RowScorer.Result row) {
        List<CsmOverride> mine = byAccount.get(accountId);
        if (mine == null) {
            return new Row(row, row.band(), "");
        }
        OverrideRules.Resolved r = OverrideRules.resolve(accountId, mine, day, metricIndex, row::points,
                name -> scorer.bandNames(row.segment()).contains(name));
        double[] points = r.points();
        String band = r.band();
        String note = r.applied().isEmpty() ? "" : r.applied().get(r.applied().size() - 1).note();
        RowScorer.Result result = points == null ? row : scorer.withPoints(row, points);
        return new Row(result, band != null ? band : result.band(), note);
    }
}
