package org.healthscore.ui.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Scores;
import org.healthscore.engine.overrides.AppliedOverrides;

/**
 * Picks the accounts the table shows, off the FX thread: those matching the search text (id or name) and
 * band, most at-risk (lowest score) first, at most {@link #LIMIT} of them so the table stays quick at a
 * million accounts.
 */
public final class AccountQuery {
    public static final int LIMIT = 5_000;

    private AccountQuery() {
    }

    /** The matching rows, and how many matched in all. */
    public record Page(List<AccountRow> rows, int matched) {
    }

    /** The band filter that lists the accounts a CSM override holds for. */
    public static final String OVERRIDDEN = "Overridden by a CSM";

    public static Page run(Scores scores, String text, String band) {
        return run(AppliedOverrides.none(scores), text, band);
    }

    /** As above, with the overrides laid over the scores ({@code band} may be {@link #OVERRIDDEN}). */
    public static Page run(AppliedOverrides overrides, String text, String band) {
        Scores scores = overrides.model();
        AccountTable a = scores.frame().accounts();
        DataColumn names = a.attributes().get("name");
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        boolean overriddenOnly = OVERRIDDEN.equals(band);
        int bandIndex = band == null || overriddenOnly ? -2 : scores.bandScheme().indexOf(band);
        int n = scores.size();
        int[] matched = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (bandIndex != -2 && scores.band()[i] != bandIndex
                    || overriddenOnly && !overrides.inEffect().containsKey(i)) {
                continue;
            }
            if (!needle.isEmpty() && !a.ids()[i].toLowerCase(Locale.ROOT).contains(needle)
                    && (names == null || names.category(i) == null
                    || !names.category(i).toLowerCase(Locale.ROOT).contains(needle))) {
                continue;
            }
            matched[m++] = i;
        }
        double[] score = scores.score();
        // most at-risk first, unscored last: sort primitive keys (score as float bits, then index)
        long[] keys = new long[m];
        for (int k = 0; k < m; k++) {
            int i = matched[k];
            float s = Double.isNaN(score[i]) ? Float.MAX_VALUE : (float) score[i];
            keys[k] = ((long) Float.floatToIntBits(s) << 32) | i;
        }
        java.util.Arrays.parallelSort(keys);
        List<AccountRow> rows = new ArrayList<>();
        for (int k = 0; k < Math.min(LIMIT, m); k++) {
            rows.add(row(overrides, (int) (keys[k] & 0xFFFFFFFFL), names));
        }
        return new Page(rows, m);
    }

    static AccountRow row(AppliedOverrides overrides, int i, DataColumn names) {
        Scores scores = overrides.model();
        AccountTable a = scores.frame().accounts();
        DataColumn seg = a.segment();
        double[] points = new double[scores.points().length];
        for (int j = 0; j < points.length; j++) {
            points[j] = scores.points()[j][i];
        }
        byte o = a.outcome()[i];
        return new AccountRow(i, a.ids()[i], names == null ? "" : nullToEmpty(names.category(i)),
                seg == null ? "" : nullToEmpty(seg.category(i)), scores.score()[i],
                bandName(scores, i), a.arr()[i],
                o == Outcome.CHURNED ? "churned" : o == Outcome.RETAINED ? "retained" : "open", points,
                bandName(overrides.after(), i), overrides.after().score()[i], overrides.noteOf(i));
    }

    private static String bandName(Scores scores, int i) {
        return scores.band()[i] < 0 ? "" : scores.bands().get(scores.band()[i]).name();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
