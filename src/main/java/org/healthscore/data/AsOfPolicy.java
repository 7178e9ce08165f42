package org.healthscore.data;

/**
 * The date each account is scored as of. {@code asOfDay} for all accounts; when {@code leadDays} is set,
 * an account with a known outcome date is scored {@code leadDays} before that outcome instead (if that is
 * earlier), so that the figures answer "would the score have warned us in time?".
 *
 * @param asOfDay  epoch day
 * @param leadDays days before the outcome date, or a negative number for "no lead time"
 */
public record AsOfPolicy(int asOfDay, int leadDays) {

    public static AsOfPolicy fixed(int asOfDay) {
        return new AsOfPolicy(asOfDay, -1);
    }

    public static AsOfPolicy withLead(int asOfDay, int leadDays) {
        return new AsOfPolicy(asOfDay, leadDays);
    }

    public boolean usesLead() {
        return leadDays >= 0;
    }

    public int[] daysFor(AccountTable accounts) {
        int n = accounts.size();
        int[] days = new int[n];
        int[] outcomeDay = accounts.outcomeDay();
        byte[] outcome = accounts.outcome();
        for (int i = 0; i < n; i++) {
            int d = asOfDay;
            if (usesLead() && outcome[i] != Outcome.UNKNOWN && outcomeDay[i] != AccountTable.NO_DAY) {
                d = Math.min(d, outcomeDay[i] - leadDays);
            }
            days[i] = d;
        }
        return days;
    }
}
