package org.healthscore.engine.overrides;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.healthscore.data.CsmOverride;

/**
 * How one account's overrides combine on a day, for the engine's scores and for `score`'s rows alike: only those
 * that hold that day count; oldest first, so the newest of each kind wins (per metric for points); points are
 * applied before a band. One the model cannot take is left out, with why.
 */
final class OverrideRules {
    /**
     * @param points  the account's points with the overrides' in place (model order), null when none changes them
     * @param band    the band an override sets, null when none does
     * @param applied the overrides that were applied, oldest first
     */
    record Resolved(double[] points, String band, List<CsmOverride> applied, List<String> ignored) {
    }

    private OverrideRules() {
    }

    /**
     * @param oldestFirst the account's overrides, by id
     * @param modelPoints the account's points under the model, asked for only when a points override applies
     * @param bandAllowed whether the account's segment has a band of that name
     */
    static Resolved resolve(String accountId, List<CsmOverride> oldestFirst, int day, Map<String, Integer> metricIndex,
                            Supplier<double[]> modelPoints, Predicate<String> bandAllowed) {
        double[] points = null;
        String band = null;
        List<CsmOverride> applied = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (CsmOverride o : oldestFirst) {
            if (!o.appliesOn(day)) {
                continue;
            }
            if (o.change() instanceof CsmOverride.PointsChange pc) {
                Integer j = metricIndex.get(pc.metricKey());
                if (j == null) {
                    ignored.add(accountId + ": the model has no metric '" + pc.metricKey() + "'");
                    continue;
                }
                points = points == null ? modelPoints.get().clone() : points;
                points[j] = pc.points();
                applied.add(o);
            } else if (o.change() instanceof CsmOverride.BandChange bc) {
                if (!bandAllowed.test(bc.band())) {
                    ignored.add(accountId + ": its bands have no '" + bc.band() + "'");
                    continue;
                }
                band = bc.band();
                applied.add(o);
            }
        }
        return new Resolved(points, band, applied, ignored);
    }
}
