package org.healthscore.engine;

import java.util.List;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.model.Segment;

/** Which model segment each account belongs to: the first whose filter it matches, or -1 (defaults). */
public final class SegmentAssignment {
    private SegmentAssignment() {
    }

    public static int[] assign(AccountTable accounts, List<Segment> segments) {
        int n = accounts.size();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        for (int s = segments.size() - 1; s >= 0; s--) {
            Segment seg = segments.get(s);
            DataColumn col = accounts.attributes().get(seg.column());
            if (col == null) {
                throw new IllegalArgumentException("segment '" + seg.name() + "' filters on column '"
                        + seg.column() + "', which the accounts do not have");
            }
            boolean[] codeMatches = matchingCodes(col, seg.values());
            double[] v = col.values();
            for (int i = 0; i < n; i++) {
                double x = v[i];
                if (x == x && (codeMatches != null ? codeMatches[(int) x] : matchesNumber(x, seg.values()))) {
                    out[i] = s; // iterating backwards leaves the first matching segment in place
                }
            }
        }
        return out;
    }

    private static boolean[] matchingCodes(DataColumn col, List<String> values) {
        if (!col.isCategorical()) {
            return null;
        }
        String[] cats = col.categories();
        boolean[] m = new boolean[cats.length];
        for (int c = 0; c < cats.length; c++) {
            m[c] = values.contains(cats[c]);
        }
        return m;
    }

    private static boolean matchesNumber(double x, List<String> values) {
        for (String s : values) {
            if (RowScorer.number(s) == x) { // a value that is not a number (NaN) never matches a numeric column
                return true;
            }
        }
        return false;
    }
}
