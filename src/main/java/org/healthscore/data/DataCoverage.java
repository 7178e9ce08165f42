package org.healthscore.data;

/**
 * What a workspace's data can support, so that a view that needs what is not there says so instead of showing
 * NaN, empty charts or "$0k ARR": outcomes (some churned and some retained), outcome dates, signals over time
 * (at least two dates for one account) and ARR.
 */
public record DataCoverage(boolean outcomes, boolean outcomeDates, boolean history, boolean arr) {

    public static DataCoverage of(Dataset d) {
        AccountTable a = d.accounts();
        boolean churned = false;
        boolean retained = false;
        boolean dates = false;
        boolean arr = false;
        for (int i = 0; i < a.size(); i++) {
            churned |= a.outcome()[i] == Outcome.CHURNED;
            retained |= a.outcome()[i] == Outcome.RETAINED;
            dates |= a.outcome()[i] != Outcome.UNKNOWN && a.outcomeDay()[i] != AccountTable.NO_DAY;
            arr |= Double.isFinite(a.arr()[i]);
        }
        boolean history = false;
        for (ObservationSeries s : d.series().values()) {
            int[] span = s.daySpan();
            if (span != null && span[1] > span[0] && hasTwoDays(s)) {
                history = true;
                break;
            }
        }
        return new DataCoverage(churned && retained, dates, history, arr);
    }

    private static boolean hasTwoDays(ObservationSeries s) {
        for (int i = 0; i < s.accountCount(); i++) {
            if (s.history(i)[0].length >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Why a backtest cannot run on this data, or null when it can. */
    public String backtestNeeds() {
        if (!outcomes) {
            return "The backtest needs outcomes: an outcome column with both churned and retained accounts.";
        }
        if (!outcomeDates || !history) {
            return "The backtest scores each account some days before its outcome, so it needs "
                    + (!outcomeDates ? "the date of each outcome (a column with the role \"Outcome date\")" : "")
                    + (!outcomeDates && !history ? " and " : "")
                    + (!history ? "signals over time (a file with an as-of date column, several dates per account)" : "")
                    + ". Import them to see it.";
        }
        return null;
    }

    /** Why alerts cannot be found in this data, or null when they can. */
    public String alertsNeeds() {
        return history ? null : "Alerts look for accounts whose score dropped over time, so they need signals over "
                + "time: a file with an as-of date column and several dates per account. This workspace has one "
                + "value per account.";
    }

    /** Why "what dropped first" cannot be shown, or null when it can. */
    public String signalsNeeds() {
        if (!history || !outcomeDates || !outcomes) {
            return "\"What dropped first\" follows each metric over the months before an outcome, so it needs "
                    + "outcomes with their dates and signals over time (a file with an as-of date column).";
        }
        return null;
    }
}
