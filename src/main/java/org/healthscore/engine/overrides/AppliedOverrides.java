package org.healthscore.engine.overrides;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.Scores;
import org.healthscore.model.Metric;

/**
 * The model's scores with the CSMs' overrides laid over them: for each account, the overrides that hold on the
 * day it is scored as of. A points override replaces that metric's points and the score and band follow from the
 * engine's formula; a band override sets the band and leaves the score. When several hold at once, the newest
 * of each kind wins (per metric for points). An override the model cannot take (a metric it no longer has, a
 * band the account's segment does not have) is left out and said so in {@link #ignored()}.
 *
 * @param model    the model's own scores, untouched
 * @param after    the scores after the overrides (the model's arrays where nothing changed)
 * @param inEffect per account index, the overrides that were applied to it, oldest first
 * @param ignored  overrides that hold but could not be applied, with why
 * @param accountsWithAny the accounts that have an override, whether or not one holds on their day
 */
public record AppliedOverrides(Scores model, Scores after, Map<Integer, List<CsmOverride>> inEffect,
                               List<String> ignored, int accountsWithAny) {

    /** How an override moved an account against the model's view. */
    public enum Direction {
        /** Into a healthier band, or a higher score in the same band. */
        UP,
        DOWN,
        /** Overridden, but the band and score are the model's. */
        SAME,
        /** No override holds. */
        NONE
    }

    public static AppliedOverrides none(Scores scores) {
        return new AppliedOverrides(scores, scores, Map.of(), List.of(), 0);
    }

    public static AppliedOverrides apply(Scores scores, List<CsmOverride> overrides) {
        if (overrides.isEmpty()) {
            return none(scores);
        }
        Map<String, List<CsmOverride>> byAccount = new HashMap<>();
        for (CsmOverride o : overrides) {
            byAccount.computeIfAbsent(o.accountId(), k -> new ArrayList<>()).add(o);
        }
        byAccount.values().forEach(l -> l.sort(Comparator.comparingLong(CsmOverride::id)));
        List<Metric> metrics = scores.model().metrics();
        Map<String, Integer> metricIndex = new HashMap<>();
        for (int j = 0; j < metrics.size(); j++) {
            metricIndex.put(metrics.get(j).key(), j);
        }
        String[] ids = scores.frame().accounts().ids();
        int[] days = scores.frame().asOfDays();
        double[] score = scores.score();
        byte[] band = scores.band();
        double[][] points = scores.points();
        double[] finalScore = null;
        byte[] finalBand = null;
        double[][] finalPoints = points.clone(); // a metric's column is copied only when an override changes it
        boolean[] copied = new boolean[points.length];
        Map<Integer, List<CsmOverride>> inEffect = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        int withAny = 0;
        for (int i = 0; i < ids.length && !byAccount.isEmpty(); i++) {
            List<CsmOverride> mine = byAccount.get(ids[i]);
            if (mine == null) {
                continue;
            }
            withAny++;
            int account = i;
            OverrideRules.Resolved r = OverrideRules.resolve(ids[i], mine, days[i], metricIndex, () -> {
                double[] p = new double[points.length];
                for (int k = 0; k < p.length; k++) {
                    p[k] = points[k][account];
                }
                return p;
            }, name -> scores.bandsOf(account).stream().anyMatch(b -> b.name().equals(name)));
            ignored.addAll(r.ignored());
            if (r.applied().isEmpty()) {
                continue;
            }
            if (finalScore == null) {
                finalScore = score.clone();
                finalBand = band.clone();
            }
            double[] p = r.points();
            if (p != null) {
                for (int k = 0; k < p.length; k++) {
                    if (Double.compare(p[k], points[k][i]) != 0) {
                        if (!copied[k]) {
                            finalPoints[k] = points[k].clone();
                            copied[k] = true;
                        }
                        finalPoints[k][i] = p[k];
                    }
                }
                finalScore[i] = scores.scoreWith(i, p);
                finalBand[i] = scores.bandFor(i, finalScore[i]);
            }
            if (r.band() != null) {
                finalBand[i] = (byte) scores.bandScheme().indexOf(r.band());
            }
            inEffect.put(i, List.copyOf(r.applied()));
        }
        if (finalScore == null) {
            return new AppliedOverrides(scores, scores, Map.of(), List.copyOf(ignored), withAny);
        }
        Scores after = new Scores(scores.model(), scores.frame(), finalScore, finalBand, scores.bandScheme(),
                scores.segmentOf(), finalPoints, scores.weightsBySegment());
        return new AppliedOverrides(scores, after, Map.copyOf(inEffect), List.copyOf(ignored), withAny);
    }

    /** How many accounts at least one override was applied to. */
    public int accountsOverridden() {
        return inEffect.size();
    }

    /** How many accounts are in another band after the overrides than the model puts them in. */
    public int accountsMovedBand() {
        int moved = 0;
        for (int i : inEffect.keySet()) {
            moved += model.band()[i] != after.band()[i] ? 1 : 0;
        }
        return moved;
    }

    public Direction direction(int account) {
        if (!inEffect.containsKey(account)) {
            return Direction.NONE;
        }
        int was = model.band()[account];
        int now = after.band()[account];
        if (was != now) {
            if (was < 0) {
                return Direction.UP; // unscored before, placed in a band by the CSM
            }
            if (now < 0) {
                return Direction.DOWN;
            }
            double a = model.bands().get(was).lowerBound();
            double b = model.bands().get(now).lowerBound();
            if (a != b) {
                return b > a ? Direction.UP : Direction.DOWN;
            }
        }
        double s0 = model.score()[account];
        double s1 = after.score()[account];
        if (s0 == s0 && s1 == s1 && s0 != s1) {
            return s1 > s0 ? Direction.UP : Direction.DOWN;
        }
        return Direction.SAME;
    }

    /** The accounts overrides were applied to, in index order. */
    public int[] overriddenAccounts() {
        int[] out = inEffect.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** The newest applied override's note for an account, or "" when none applies. */
    public String noteOf(int account) {
        List<CsmOverride> l = inEffect.get(account);
        return l == null ? "" : l.get(l.size() - 1).note();
    }
}
