package org.healthscore.engine;

import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;

/** Which accounts a view looks at: all, or those with one value in the segment column. */
public record AccountFilter(String segmentValue) {
    public static final AccountFilter ALL = new AccountFilter(null);

    public boolean isAll() {
        return segmentValue == null;
    }

    /** A mask over the accounts (null = all of them). */
    public boolean[] mask(AccountTable accounts) {
        if (segmentValue == null) {
            return null;
        }
        DataColumn seg = accounts.segment();
        boolean[] mask = new boolean[accounts.size()];
        if (seg == null || !seg.isCategorical()) {
            return mask;
        }
        int code = java.util.Arrays.asList(seg.categories()).indexOf(segmentValue);
        double[] v = seg.values();
        for (int i = 0; i < mask.length; i++) {
            mask[i] = code >= 0 && v[i] == code;
        }
        return mask;
    }

    /**
     * The outcomes with those of the accounts {@code mask} leaves out unknown (null: all kept), so that whatever
     * learns or judges by outcome sees the kept accounts alone: one segment's, for a fit on its accounts.
     */
    public static byte[] outcomesWithin(byte[] outcome, boolean[] mask) {
        if (mask == null) {
            return outcome;
        }
        byte[] kept = outcome.clone();
        for (int i = 0; i < kept.length; i++) {
            kept[i] = mask[i] ? kept[i] : org.healthscore.data.Outcome.UNKNOWN;
        }
        return kept;
    }
}
